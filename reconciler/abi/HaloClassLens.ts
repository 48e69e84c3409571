// generated — do not edit. Regenerate with `tsx reconciler/scripts/gen-abi.ts` after `forge build`.
// HaloClassLens from contracts/lens/HaloClassLens.sol.

export const haloClassLensAbi = [
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "ctx",
        "type": "tuple",
        "internalType": "struct HaloClassLens.Context",
        "components": [
          {
            "name": "beamState",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "configurator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "timelock",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "factory",
            "type": "address",
            "internalType": "address"
          }
        ]
      },
      {
        "name": "classes",
        "type": "tuple[]",
        "internalType": "struct HaloClassLens.ClassQuery[]",
        "components": [
          {
            "name": "classId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "rateLimits",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "controller",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "facility",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "dealToken",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "roles",
            "type": "tuple[]",
            "internalType": "struct HaloClassLens.RoleRead[]",
            "components": [
              {
                "name": "target",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "role",
                "type": "bytes32",
                "internalType": "bytes32"
              }
            ]
          },
          {
            "name": "candidates",
            "type": "address[]",
            "internalType": "address[]"
          },
          {
            "name": "keys",
            "type": "bytes32[]",
            "internalType": "bytes32[]"
          },
          {
            "name": "destinations",
            "type": "address[]",
            "internalType": "address[]"
          },
          {
            "name": "units",
            "type": "tuple[]",
            "internalType": "struct HaloClassLens.UnitQuery[]",
            "components": [
              {
                "name": "queue",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "token",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "names",
                "type": "bool",
                "internalType": "bool"
              },
              {
                "name": "roles",
                "type": "tuple[]",
                "internalType": "struct HaloClassLens.RoleRead[]",
                "components": [
                  {
                    "name": "target",
                    "type": "address",
                    "internalType": "address"
                  },
                  {
                    "name": "role",
                    "type": "bytes32",
                    "internalType": "bytes32"
                  }
                ]
              }
            ]
          }
        ]
      },
      {
        "name": "actions",
        "type": "tuple[]",
        "internalType": "struct HaloClassLens.ActionQuery[]",
        "components": [
          {
            "name": "controller",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "key",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      },
      {
        "name": "operations",
        "type": "bytes32[]",
        "internalType": "bytes32[]"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "observe",
    "inputs": [
      {
        "name": "ctx",
        "type": "tuple",
        "internalType": "struct HaloClassLens.Context",
        "components": [
          {
            "name": "beamState",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "configurator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "timelock",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "factory",
            "type": "address",
            "internalType": "address"
          }
        ]
      },
      {
        "name": "classes",
        "type": "tuple[]",
        "internalType": "struct HaloClassLens.ClassQuery[]",
        "components": [
          {
            "name": "classId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "rateLimits",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "controller",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "facility",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "dealToken",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "roles",
            "type": "tuple[]",
            "internalType": "struct HaloClassLens.RoleRead[]",
            "components": [
              {
                "name": "target",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "role",
                "type": "bytes32",
                "internalType": "bytes32"
              }
            ]
          },
          {
            "name": "candidates",
            "type": "address[]",
            "internalType": "address[]"
          },
          {
            "name": "keys",
            "type": "bytes32[]",
            "internalType": "bytes32[]"
          },
          {
            "name": "destinations",
            "type": "address[]",
            "internalType": "address[]"
          },
          {
            "name": "units",
            "type": "tuple[]",
            "internalType": "struct HaloClassLens.UnitQuery[]",
            "components": [
              {
                "name": "queue",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "token",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "names",
                "type": "bool",
                "internalType": "bool"
              },
              {
                "name": "roles",
                "type": "tuple[]",
                "internalType": "struct HaloClassLens.RoleRead[]",
                "components": [
                  {
                    "name": "target",
                    "type": "address",
                    "internalType": "address"
                  },
                  {
                    "name": "role",
                    "type": "bytes32",
                    "internalType": "bytes32"
                  }
                ]
              }
            ]
          }
        ]
      },
      {
        "name": "actions",
        "type": "tuple[]",
        "internalType": "struct HaloClassLens.ActionQuery[]",
        "components": [
          {
            "name": "controller",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "key",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      },
      {
        "name": "operations",
        "type": "bytes32[]",
        "internalType": "bytes32[]"
      }
    ],
    "outputs": [
      {
        "name": "classViews",
        "type": "tuple[]",
        "internalType": "struct HaloClassLens.ClassView[]",
        "components": [
          {
            "name": "roleMembers",
            "type": "address[][]",
            "internalType": "address[][]"
          },
          {
            "name": "rateLimitsRegistered",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "controllerRegistered",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "hop",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "maxChange",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "grants",
            "type": "tuple[]",
            "internalType": "struct HaloClassLens.GrantView[]",
            "components": [
              {
                "name": "cBeam",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "onRateLimits",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "onController",
                "type": "uint256",
                "internalType": "uint256"
              }
            ]
          },
          {
            "name": "grant",
            "type": "tuple",
            "internalType": "struct IHaloFactory.GrantOperation",
            "components": [
              {
                "name": "id",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "target",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "value",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "data",
                "type": "bytes",
                "internalType": "bytes"
              },
              {
                "name": "predecessor",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "salt",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "timestamp",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "immediate",
                "type": "bool",
                "internalType": "bool"
              }
            ]
          },
          {
            "name": "buybox",
            "type": "tuple",
            "internalType": "struct INfatFacility.Buybox",
            "components": [
              {
                "name": "termMin",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "termMax",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "sizeMin",
                "type": "uint128",
                "internalType": "uint128"
              },
              {
                "name": "sizeMax",
                "type": "uint128",
                "internalType": "uint128"
              },
              {
                "name": "apyMinBps",
                "type": "uint32",
                "internalType": "uint32"
              },
              {
                "name": "apyMaxBps",
                "type": "uint32",
                "internalType": "uint32"
              },
              {
                "name": "restrictedDepositors",
                "type": "bool",
                "internalType": "bool"
              },
              {
                "name": "transferAllowList",
                "type": "bool",
                "internalType": "bool"
              },
              {
                "name": "assetType",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "jurisdiction",
                "type": "bytes32",
                "internalType": "bytes32"
              }
            ]
          },
          {
            "name": "dealName",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "dealSymbol",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "limits",
            "type": "tuple[]",
            "internalType": "struct HaloClassLens.LimitView[]",
            "components": [
              {
                "name": "ownMaxAmount",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "ownSlope",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "init",
                "type": "tuple",
                "internalType": "struct IBeamState.DefaultRateLimits",
                "components": [
                  {
                    "name": "maxAmount",
                    "type": "uint256",
                    "internalType": "uint256"
                  },
                  {
                    "name": "slope",
                    "type": "uint256",
                    "internalType": "uint256"
                  }
                ]
              },
              {
                "name": "data",
                "type": "tuple",
                "internalType": "struct IRateLimits.RateLimitData",
                "components": [
                  {
                    "name": "maxAmount",
                    "type": "uint256",
                    "internalType": "uint256"
                  },
                  {
                    "name": "slope",
                    "type": "uint256",
                    "internalType": "uint256"
                  },
                  {
                    "name": "lastAmount",
                    "type": "uint256",
                    "internalType": "uint256"
                  },
                  {
                    "name": "lastUpdated",
                    "type": "uint256",
                    "internalType": "uint256"
                  }
                ]
              },
              {
                "name": "zzz",
                "type": "uint256",
                "internalType": "uint256"
              }
            ]
          },
          {
            "name": "destinations",
            "type": "bool[]",
            "internalType": "bool[]"
          },
          {
            "name": "units",
            "type": "tuple[]",
            "internalType": "struct HaloClassLens.UnitView[]",
            "components": [
              {
                "name": "capacity",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "minDeposit",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "maxRateIncreaseBps",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "name",
                "type": "string",
                "internalType": "string"
              },
              {
                "name": "symbol",
                "type": "string",
                "internalType": "string"
              },
              {
                "name": "roleMembers",
                "type": "address[][]",
                "internalType": "address[][]"
              }
            ]
          }
        ]
      },
      {
        "name": "enabled",
        "type": "bool[]",
        "internalType": "bool[]"
      },
      {
        "name": "timestamps",
        "type": "uint256[]",
        "internalType": "uint256[]"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "observePacked",
    "inputs": [
      {
        "name": "ctx",
        "type": "tuple",
        "internalType": "struct HaloClassLens.Context",
        "components": [
          {
            "name": "beamState",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "configurator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "timelock",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "factory",
            "type": "address",
            "internalType": "address"
          }
        ]
      },
      {
        "name": "classes",
        "type": "tuple[]",
        "internalType": "struct HaloClassLens.ClassQuery[]",
        "components": [
          {
            "name": "classId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "rateLimits",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "controller",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "facility",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "dealToken",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "roles",
            "type": "tuple[]",
            "internalType": "struct HaloClassLens.RoleRead[]",
            "components": [
              {
                "name": "target",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "role",
                "type": "bytes32",
                "internalType": "bytes32"
              }
            ]
          },
          {
            "name": "candidates",
            "type": "address[]",
            "internalType": "address[]"
          },
          {
            "name": "keys",
            "type": "bytes32[]",
            "internalType": "bytes32[]"
          },
          {
            "name": "destinations",
            "type": "address[]",
            "internalType": "address[]"
          },
          {
            "name": "units",
            "type": "tuple[]",
            "internalType": "struct HaloClassLens.UnitQuery[]",
            "components": [
              {
                "name": "queue",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "token",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "names",
                "type": "bool",
                "internalType": "bool"
              },
              {
                "name": "roles",
                "type": "tuple[]",
                "internalType": "struct HaloClassLens.RoleRead[]",
                "components": [
                  {
                    "name": "target",
                    "type": "address",
                    "internalType": "address"
                  },
                  {
                    "name": "role",
                    "type": "bytes32",
                    "internalType": "bytes32"
                  }
                ]
              }
            ]
          }
        ]
      },
      {
        "name": "actions",
        "type": "tuple[]",
        "internalType": "struct HaloClassLens.ActionQuery[]",
        "components": [
          {
            "name": "controller",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "key",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      },
      {
        "name": "operations",
        "type": "bytes32[]",
        "internalType": "bytes32[]"
      }
    ],
    "outputs": [
      {
        "name": "packed",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "pack",
    "inputs": [
      {
        "name": "encoded",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "packed",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "stateMutability": "pure"
  }
] as const;

/** Creation bytecode. */
export const haloClassLensBytecode: `0x${string}` = "0x608060405234801561000f575f5ffd5b50604051611db6380380611db683398101604081905261002e916114d6565b5f808061003d87878787610072565b9250925092505f838383604051602001610059939291906119b0565b6040516020818303038152906040529050805160208201f35b606080606085516001600160401b0381111561009057610090610fbc565b6040519080825280602002602001820160405280156100c957816020015b6100b6610e58565b8152602001906001900390816100ae5790505b5092505f5b865181101561012557610100888883815181106100ed576100ed611b45565b60200260200101516103f160201b60201c565b84828151811061011257610112611b45565b60209081029190910101526001016100ce565b50865185516001600160401b0381111561014157610141610fbc565b60405190808252806020026020018201604052801561016a578160200160208202803683370190505b5092505f5b86518110156102e5575f87828151811061018b5761018b611b45565b602002602001015190505f6001600160a01b0316815f01516001600160a01b0316146102385760208101518151604051638edf830b60e01b81526001600160a01b03861692638edf830b926101f4926004019182526001600160a01b0316602082015260400190565b602060405180830381865afa15801561020f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102339190611b59565b6102ba565b6020810151815160405163e6780be560e01b81526001600160a01b0386169263e6780be59261027b926004019182526001600160a01b0316602082015260400190565b602060405180830381865afa158015610296573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102ba9190611b59565b8583815181106102cc576102cc611b45565b911515602092830291909101909101525060010161016f565b5084516001600160401b038111156102ff576102ff610fbc565b604051908082528060200260200182016040528015610328578160200160208202803683370190505b5091505f5b85518110156103e55788604001516001600160a01b031663d45c443587838151811061035b5761035b611b45565b60200260200101516040518263ffffffff1660e01b815260040161038191815260200190565b602060405180830381865afa15801561039c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103c09190611b79565b8382815181106103d2576103d2611b45565b602090810291909101015260010161032d565b50509450945094915050565b6103f9610e58565b82516020830151604084015160a08501516001600160a01b03928316929091169061042390610971565b845261043a83633d0a63e960e11b845f6001610a41565b602085015261045483636d46114f60e11b835f6001610a41565b604085015261046e836309e64d6f60e11b845f6001610a41565b60608501526104888363afe6731960e01b845f6001610a41565b608085015260c0850151516001600160401b038111156104aa576104aa610fbc565b6040519080825280602002602001820160405280156104fc57816020015b6104e960405180606001604052805f81526020015f81526020015f81525090565b8152602001906001900390816104c85790505b5060a08501525f5b8560c00151518110156105c2575f8660c00151828151811061052857610528611b45565b60200260200101516001600160a01b0316905060405180606001604052806105618763901bb3f360e01b855f6001610a4160201b60201c565b815260200161057b8763342f66c760e01b88866002610a41565b815260200161059587630478194d60e41b87866002610a41565b8152508660a0015183815181106105ae576105ae611b45565b602090810291909101015250600101610504565b508451158015906105df575060608601516001600160a01b031615155b156106615760608601518551604051636387925960e01b81526001600160a01b039092169163638792599161061a9160040190815260200190565b5f60405180830381865afa158015610634573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261065b9190810190611bfb565b60c08501525b60608501516001600160a01b0316156106df5784606001516001600160a01b0316634da03c8e6040518163ffffffff1660e01b815260040161014060405180830381865afa1580156106b5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106d99190611cf9565b60e08501525b60808501516001600160a01b03161561072b576080850151610708906306fdde0360e01b610a86565b6101008501526080850151610724906395d89b4160e01b610a86565b6101208501525b6107448686602001518760e00151610b0a60201b60201c565b610140850152610100850151516001600160401b0381111561076857610768610fbc565b604051908082528060200260200182016040528015610791578160200160208202803683370190505b506101608501525f5b856101000151518110156108735785604001516001600160a01b03166363b2b2f087610100015183815181106107d2576107d2611b45565b60200260200101516040518263ffffffff1660e01b815260040161080591906001600160a01b0391909116815260200190565b602060405180830381865afa158015610820573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108449190611b59565b856101600151828151811061085b5761085b611b45565b9115156020928302919091019091015260010161079a565b50846101200151516001600160401b0381111561089257610892610fbc565b6040519080825280602002602001820160405280156108f957816020015b6108e66040518060c001604052805f81526020015f81526020015f81526020016060815260200160608152602001606081525090565b8152602001906001900390816108b05790505b506101808501525f5b856101200151518110156109675761093d866101200151828151811061092a5761092a611b45565b6020026020010151610c4f60201b60201c565b856101800151828151811061095457610954611b45565b6020908102919091010152600101610902565b5050505092915050565b606081516001600160401b0381111561098c5761098c610fbc565b6040519080825280602002602001820160405280156109bf57816020015b60608152602001906001900390816109aa5790505b5090505f5b8251811015610a3b57610a168382815181106109e2576109e2611b45565b60200260200101515f01518483815181106109ff576109ff611b45565b602002602001015160200151610d5560201b60201c565b828281518110610a2857610a28611b45565b60209081029190910101526001016109c4565b50919050565b5f60405185815284600482015283602482015260208160208502600401838a5afa610a6e573d5f823e3d81fd5b60203d1015610a7b575f5ffd5b519695505050505050565b60606040518281525f5f600483875afa610aa2573d5f823e3d81fd5b3d6040811015610ab0575f5ffd5b60205f833e815160208203811115610ac6575f5ffd5b602081843e8251816020840303811115610ade575f5ffd5b8394506020840193505f818501528060208301853e92909201601f01601f191660405250909392505050565b82516020840151825160609291906001600160a01b038616906001600160401b03811115610b3a57610b3a610fbc565b604051908082528060200260200182016040528015610b7357816020015b610b60610f52565b815260200190600190039081610b585790505b5093505f5b8551811015610c44575f868281518110610b9457610b94611b45565b60200260200101515f1c90505f868381518110610bb357610bb3611b45565b6020908102919091010151604081015160608201519192508291610be489637407af0560e01b878a60028881610e0a565b610bfb89633ae42bbd60e01b878a60028781610e0a565b610c168c60016221581760e21b0319875f6001866004610e0a565b610c2b8863bd6dfa8360e01b89886002610a41565b8460800181815250505050505050806001019050610b78565b505050509392505050565b610c856040518060c001604052805f81526020015f81526020015f81526020016060815260200160608152602001606081525090565b81516001600160a01b031615610cc9578151610cab90635cfc1a5160e01b5f8080610a41565b81528151610cc3906341b3d18560e01b5f8080610a41565b60208201525b60208201516001600160a01b031615610d3d576020820151610cf590637a234a6f60e01b5f8080610a41565b60408083019190915282015115610d3d576020820151610d1c906306fdde0360e01b610a86565b60608201526020820151610d37906395d89b4160e01b610a86565b60808201525b6060820151610d4b90610971565b60a0820152919050565b60405163a3246ad360e01b808252600482018390526060915f80602483885afa610d81573d5f823e3d81fd5b3d6040811015610d8f575f5ffd5b60205f833e815160208203811115610da5575f5ffd5b602081843e825181602084030360051c811115610dc0575f5ffd5b8395506020840193508060051b840192508060051b60208301853e5050815b81811015610dfd57805160a01c15610df5575f5ffd5b602001610ddf565b5060405250909392505050565b604051868152856004820152846024820152602082028160208602600401838b5afa610e38573d5f823e3d81fd5b602082023d1015610e47575f5ffd5b6020820281845e5050505050505050565b604051806101a00160405280606081526020015f81526020015f81526020015f81526020015f815260200160608152602001610ed66040518061010001604052805f81526020015f6001600160a01b031681526020015f8152602001606081526020015f81526020015f81526020015f81526020015f151581525090565b815260408051610140810182525f8082526020828101829052928201819052606082018190526080820181905260a0820181905260c0820181905260e082018190526101008201819052610120820152910190815260200160608152602001606081526020016060815260200160608152602001606081525090565b6040518060a001604052805f81526020015f8152602001610f8460405180604001604052805f81526020015f81525090565b8152602001610fb060405180608001604052805f81526020015f81526020015f81526020015f81525090565b81526020015f81525090565b634e487b7160e01b5f52604160045260245ffd5b604051608081016001600160401b0381118282101715610ff257610ff2610fbc565b60405290565b60405161014081016001600160401b0381118282101715610ff257610ff2610fbc565b60405161010081016001600160401b0381118282101715610ff257610ff2610fbc565b604051601f8201601f191681016001600160401b038111828210171561106657611066610fbc565b604052919050565b80516001600160a01b0381168114611084575f5ffd5b919050565b5f6001600160401b038211156110a1576110a1610fbc565b5060051b60200190565b5f82601f8301126110ba575f5ffd5b8151602083015f6110d26110cd84611089565b61103e565b83815260069390931b820192905060208101868411156110f0575f5ffd5b83831015611159575f60408489031215611108575f5ffd5b604080519081016001600160401b038111828210171561112a5761112a610fbc565b6040529050806111398561106e565b8152602085810151818301529083526040909401939190910190506110f0565b5095945050505050565b5f82601f830112611172575f5ffd5b81516111806110cd82611089565b8082825260208201915060208360051b8601019250858311156111a1575f5ffd5b602085015b83811015611159576111b78161106e565b8352602092830192016111a6565b5f82601f8301126111d4575f5ffd5b81516111e26110cd82611089565b8082825260208201915060208360051b860101925085831115611203575f5ffd5b602085015b83811015611159578051835260209283019201611208565b80518015158114611084575f5ffd5b5f82601f83011261123e575f5ffd5b815161124c6110cd82611089565b8082825260208201915060208360051b86010192508583111561126d575f5ffd5b602085015b838110156111595780516001600160401b0381111561128f575f5ffd5b86016080818903601f190112156112a4575f5ffd5b6112ac610fd0565b6112b86020830161106e565b81526112c66040830161106e565b60208201526112d760608301611220565b604082015260808201516001600160401b038111156112f4575f5ffd5b6113038a6020838601016110ab565b60608301525084525060209283019201611272565b5f82601f830112611327575f5ffd5b81516113356110cd82611089565b8082825260208201915060208360051b860101925085831115611356575f5ffd5b602085015b838110156111595780516001600160401b03811115611378575f5ffd5b8601610140818903601f1901121561138e575f5ffd5b611396610ff8565b602082015181526113a96040830161106e565b60208201526113ba6060830161106e565b60408201526113cb6080830161106e565b60608201526113dc60a0830161106e565b608082015260c08201516001600160401b038111156113f9575f5ffd5b6114088a6020838601016110ab565b60a08301525060e08201516001600160401b03811115611426575f5ffd5b6114358a602083860101611163565b60c0830152506101008201516001600160401b03811115611454575f5ffd5b6114638a6020838601016111c5565b60e0830152506101208201516001600160401b03811115611482575f5ffd5b6114918a602083860101611163565b610100830152506101408201516001600160401b038111156114b1575f5ffd5b6114c08a60208386010161122f565b610120830152508452506020928301920161135b565b5f5f5f5f84860360e08112156114ea575f5ffd5b60808112156114f7575f5ffd5b50611500610fd0565b6115098661106e565b81526115176020870161106e565b60208201526115286040870161106e565b60408201526115396060870161106e565b606082015260808601519094506001600160401b03811115611559575f5ffd5b61156587828801611318565b60a087015190945090506001600160401b03811115611582575f5ffd5b61158e878288016110ab565b60c087015190935090506001600160401b038111156115ab575f5ffd5b6115b7878288016111c5565b91505092959194509250565b5f82825180855260208501945060208160051b830101602085015f5b8381101561164257848303601f19018852815180518085526020918201918501905f5b818110156116295783516001600160a01b0316835260209384019390920191600101611602565b50506020998a01999094509290920191506001016115df565b50909695505050505050565b5f8151808452602084019350602083015f5b8281101561169a57815180518752602081015160208801526040810151604088015250606086019550602082019150600181019050611660565b5093949350505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b8051825260018060a01b036020820151166020830152604081015160408301525f6060820151610100606085015261170e6101008501826116a4565b90506080830151608085015260a083015160a085015260c083015160c085015260e0830151151560e08501528091505092915050565b80516001600160401b03168252602081015161176b60208401826001600160401b03169052565b50604081015161178660408401826001600160801b03169052565b5060608101516117a160608401826001600160801b03169052565b5060808101516117b9608084018263ffffffff169052565b5060a08101516117d160a084018263ffffffff169052565b5060c08101516117e560c084018215159052565b5060e08101516117f960e084018215159052565b50610100818101519083015261012090810151910152565b5f8151808452602084019350602083015f5b8281101561169a57815180518752602081015160208801526040810151805160408901526020810151606089015250606081015180516080890152602081015160a0890152604081015160c0890152606081015160e08901525060808101516101008801525061012086019550602082019150600181019050611823565b5f8151808452602084019350602083015f5b8281101561169a57815115158652602095860195909101906001016118b3565b5f82825180855260208501945060208160051b830101602085015f5b8381101561164257601f198584030188528151805184526020810151602085015260408101516040850152606081015160c0606086015261193360c08601826116a4565b90506080820151858203608087015261194c82826116a4565b91505060a0820151915084810360a086015261196881836115c3565b60209a8b019a909550939093019250506001016118ef565b5f8151808452602084019350602083015f5b8281101561169a578151865260209586019590910190600101611992565b5f606082016060835280865180835260808501915060808160051b8601019250602088015f5b82811015611b1157607f19878603018452815180516102c087526119fe6102c08801826115c3565b90506020820151602088015260408201516040880152606082015160608801526080820151608088015260a082015187820360a0890152611a3f828261164e565b91505060c082015187820360c0890152611a5982826116d2565b91505060e0820151611a6e60e0890182611744565b50610100820151878203610220890152611a8882826116a4565b915050610120820151878203610240890152611aa482826116a4565b915050610140820151878203610260890152611ac08282611811565b915050610160820151878203610280890152611adc82826118a1565b91505061018082015191508681036102a0880152611afa81836118d3565b9650505060209384019391909101906001016119d6565b505050508281036020840152611b2781866118a1565b90508281036040840152611b3b8185611980565b9695505050505050565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215611b69575f5ffd5b611b7282611220565b9392505050565b5f60208284031215611b89575f5ffd5b5051919050565b5f82601f830112611b9f575f5ffd5b81516001600160401b03811115611bb857611bb8610fbc565b611bcb601f8201601f191660200161103e565b818152846020838601011115611bdf575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f60208284031215611c0b575f5ffd5b81516001600160401b03811115611c20575f5ffd5b82016101008185031215611c32575f5ffd5b611c3a61101b565b81518152611c4a6020830161106e565b60208201526040828101519082015260608201516001600160401b03811115611c71575f5ffd5b611c7d86828501611b90565b6060830152506080828101519082015260a0808301519082015260c08083015190820152611cad60e08301611220565b60e0820152949350505050565b80516001600160401b0381168114611084575f5ffd5b80516001600160801b0381168114611084575f5ffd5b805163ffffffff81168114611084575f5ffd5b5f610140828403128015611d0b575f5ffd5b50611d14610ff8565b611d1d83611cba565b8152611d2b60208401611cba565b6020820152611d3c60408401611cd0565b6040820152611d4d60608401611cd0565b6060820152611d5e60808401611ce6565b6080820152611d6f60a08401611ce6565b60a0820152611d8060c08401611220565b60c0820152611d9160e08401611220565b60e0820152610100838101519082015261012092830151928101929092525091905056fe";

/** Runtime (deployed) bytecode. */
export const haloClassLensRuntimeBytecode: `0x${string}` = "0x608060405234801561000f575f5ffd5b506004361061003f575f3560e01c806362b0ae871461004357806370cf38eb1461006c578063ce05172e1461008e575b5f5ffd5b610056610051366004611a79565b6100a1565b6040516100639190611b20565b60405180910390f35b61007f61007a366004611b79565b6100d4565b6040516100639392919061201c565b61005661009c366004611b79565b610191565b60605f5f5f848060200190518101906100ba919061285c565b9250925092506100cb83838361025c565b95945050505050565b6060808061017e6100ea368c90038c018c612b29565b6100f48a8c612ddc565b8989808060200260200160405190810160405280939291908181526020015f905b828210156101415761013260408302860136819003810190612f76565b81526020019060010190610115565b50505050508888808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525061035692505050565b9250925092509750975097945050505050565b60605f808061023c6101a8368d90038d018d612b29565b6101b28b8d612ddc565b8a8a808060200260200160405190810160405280939291908181526020015f905b828210156101ff576101f060408302860136819003810190612f76565b815260200190600101906101d3565b50505050508989808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525061035692505050565b92509250925061024d83838361025c565b9b9a5050505050505050505050565b60605f61026b60405160200190565b855160e01b81529050600481015f5b86518110156102b0576102a68288838151811061029957610299612f90565b60200260200101516106cf565b915060010161027a565b50845160e01b81526004015f5b85518110156102f3576102e9828783815181106102dc576102dc612f90565b6020026020010151610903565b91506001016102bd565b50835160e01b81526004015f5b84518110156103365761032c8286838151811061031f5761031f612f90565b602002602001015161090f565b9150600101610300565b50818103601f19808401918252601f8301166040525b9695505050505050565b606080606085516001600160401b03811115610374576103746118f6565b6040519080825280602002602001820160405280156103ad57816020015b61039a611792565b8152602001906001900390816103925790505b5092505f5b8651811015610403576103de888883815181106103d1576103d1612f90565b60200260200101516109b5565b8482815181106103f0576103f0612f90565b60209081029190910101526001016103b2565b50865185516001600160401b0381111561041f5761041f6118f6565b604051908082528060200260200182016040528015610448578160200160208202803683370190505b5092505f5b86518110156105c3575f87828151811061046957610469612f90565b602002602001015190505f6001600160a01b0316815f01516001600160a01b0316146105165760208101518151604051638edf830b60e01b81526001600160a01b03861692638edf830b926104d2926004019182526001600160a01b0316602082015260400190565b602060405180830381865afa1580156104ed573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105119190612fa4565b610598565b6020810151815160405163e6780be560e01b81526001600160a01b0386169263e6780be592610559926004019182526001600160a01b0316602082015260400190565b602060405180830381865afa158015610574573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105989190612fa4565b8583815181106105aa576105aa612f90565b911515602092830291909101909101525060010161044d565b5084516001600160401b038111156105dd576105dd6118f6565b604051908082528060200260200182016040528015610606578160200160208202803683370190505b5091505f5b85518110156106c35788604001516001600160a01b031663d45c443587838151811061063957610639612f90565b60200260200101516040518263ffffffff1660e01b815260040161065f91815260200190565b602060405180830381865afa15801561067a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061069e9190612fbf565b8382815181106106b0576106b0612f90565b602090810291909101015260010161060b565b50509450945094915050565b5f6106dd83835f0151610f23565b92506106ed83836020015161090f565b92506106fd83836040015161090f565b925061070d83836060015161090f565b925061071d83836080015161090f565b60a08301515160e01b815260040192505f5b8260a00151518110156107ca57610766848460a00151838151811061075657610756612f90565b60200260200101515f015161090f565b9350610793848460a00151838151811061078257610782612f90565b60200260200101516020015161090f565b93506107c0848460a0015183815181106107af576107af612f90565b60200260200101516040015161090f565b935060010161072f565b506107d9838360c00151610fb1565b92506107e9838360e00151611036565b92506107fa83836101000151611106565b925061080b83836101200151611106565b6101408301515160e01b815260040192505f5b8261014001515181101561085e5761085484846101400151838151811061084757610847612f90565b6020026020010151611126565b935060010161081e565b506101608201515160e01b83526004830192505f5b826101600151518110156108a65761089c8484610160015183815181106102dc576102dc612f90565b9350600101610873565b506101808201515160e01b83526004830192505f5b826101800151518110156108fb576108f18484610180015183815181106108e4576108e4612f90565b60200260200101516111ca565b93506001016108bb565b509192915050565b5f818353505060010190565b5f8180156109a4578260016001600160801b03821115610930575060801c60115b6001600160401b0382111561094a5760409190911c906008015b63ffffffff8211156109615760209190911c906004015b61ffff8211156109765760109190911c906002015b60ff821115610983576001015b808653848160031b610100031b6001870152806001870101935050506109ae565b5f84536001840191505b5092915050565b6109bd611792565b82516020830151604084015160a08501516001600160a01b0392831692909116906109e790611228565b84526109fe83633d0a63e960e11b845f60016112f2565b6020850152610a1883636d46114f60e11b835f60016112f2565b6040850152610a32836309e64d6f60e11b845f60016112f2565b6060850152610a4c8363afe6731960e01b845f60016112f2565b608085015260c0850151516001600160401b03811115610a6e57610a6e6118f6565b604051908082528060200260200182016040528015610ac057816020015b610aad60405180606001604052805f81526020015f81526020015f81525090565b815260200190600190039081610a8c5790505b5060a08501525f5b8560c0015151811015610b80575f8660c001518281518110610aec57610aec612f90565b60200260200101516001600160a01b031690506040518060600160405280610b1f8763901bb3f360e01b855f60016112f2565b8152602001610b398763342f66c760e01b888660026112f2565b8152602001610b5387630478194d60e41b878660026112f2565b8152508660a001518381518110610b6c57610b6c612f90565b602090810291909101015250600101610ac8565b50845115801590610b9d575060608601516001600160a01b031615155b15610c1f5760608601518551604051636387925960e01b81526001600160a01b0390921691636387925991610bd89160040190815260200190565b5f60405180830381865afa158015610bf2573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610c199190810190612fd6565b60c08501525b60608501516001600160a01b031615610c9d5784606001516001600160a01b0316634da03c8e6040518163ffffffff1660e01b815260040161014060405180830381865afa158015610c73573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c97919061300f565b60e08501525b60808501516001600160a01b031615610ce9576080850151610cc6906306fdde0360e01b611337565b6101008501526080850151610ce2906395d89b4160e01b611337565b6101208501525b610cfc8686602001518760e001516113bb565b610140850152610100850151516001600160401b03811115610d2057610d206118f6565b604051908082528060200260200182016040528015610d49578160200160208202803683370190505b506101608501525f5b85610100015151811015610e2b5785604001516001600160a01b03166363b2b2f08761010001518381518110610d8a57610d8a612f90565b60200260200101516040518263ffffffff1660e01b8152600401610dbd91906001600160a01b0391909116815260200190565b602060405180830381865afa158015610dd8573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610dfc9190612fa4565b8561016001518281518110610e1357610e13612f90565b91151560209283029190910190910152600101610d52565b50846101200151516001600160401b03811115610e4a57610e4a6118f6565b604051908082528060200260200182016040528015610eb157816020015b610e9e6040518060c001604052805f81526020015f81526020015f81526020016060815260200160608152602001606081525090565b815260200190600190039081610e685790505b506101808501525f5b85610120015151811015610f1957610eef8661012001518281518110610ee257610ee2612f90565b6020026020010151611500565b8561018001518281518110610f0657610f06612f90565b6020908102919091010152600101610eba565b5050505092915050565b805160e01b82525f6004830192505f5b82518110156108fb575f838281518110610f4f57610f4f612f90565b6020908102919091010151805160e01b865290506004850194505f5b8151811015610fa757610f9d86838381518110610f8a57610f8a612f90565b602002602001015160601b815260140190565b9550600101610f6b565b5050600101610f33565b5f610fbf83835f0151611605565b602083015160601b81529250601483019250610fdf83836040015161090f565b9250610fef838360600151611106565b9250610fff838360800151611605565b925061100f838360a00151611605565b925061101f838360c0015161090f565b925061102f838360e00151610903565b9392505050565b5f61104d83835f01516001600160401b031661090f565b92506110668383602001516001600160401b031661090f565b925061107f8383604001516001600160801b031661090f565b92506110988383606001516001600160801b031661090f565b92506110ae83836080015163ffffffff1661090f565b92506110c4838360a0015163ffffffff1661090f565b92506110d4838360c00151610903565b92506110e4838360e00151610903565b92506110f583836101000151611605565b925061102f83836101200151611605565b5f81518060e01b84528060208401600486015e9290920160040192915050565b5f61113483835f015161090f565b925061114483836020015161090f565b92506111578383604001515f015161090f565b925061116b8383604001516020015161090f565b925061117e8383606001515f015161090f565b92506111928383606001516020015161090f565b92506111a68383606001516040015161090f565b92506111ba8383606001516060015161090f565b925061102f83836080015161090f565b5f6111d883835f015161090f565b92506111e883836020015161090f565b92506111f883836040015161090f565b9250611208838360600151611106565b9250611218838360800151611106565b925061102f838360a00151610f23565b606081516001600160401b03811115611243576112436118f6565b60405190808252806020026020018201604052801561127657816020015b60608152602001906001900390816112615790505b5090505f5b82518110156112ec576112c783828151811061129957611299612f90565b60200260200101515f01518483815181106112b6576112b6612f90565b60200260200101516020015161168f565b8282815181106112d9576112d9612f90565b602090810291909101015260010161127b565b50919050565b5f60405185815284600482015283602482015260208160208502600401838a5afa61131f573d5f823e3d81fd5b60203d101561132c575f5ffd5b519695505050505050565b60606040518281525f5f600483875afa611353573d5f823e3d81fd5b3d6040811015611361575f5ffd5b60205f833e815160208203811115611377575f5ffd5b602081843e825181602084030381111561138f575f5ffd5b8394506020840193505f818501528060208301853e92909201601f01601f191660405250909392505050565b82516020840151825160609291906001600160a01b038616906001600160401b038111156113eb576113eb6118f6565b60405190808252806020026020018201604052801561142457816020015b61141161188c565b8152602001906001900390816114095790505b5093505f5b85518110156114f5575f86828151811061144557611445612f90565b60200260200101515f1c90505f86838151811061146457611464612f90565b602090810291909101015160408101516060820151919250829161149589637407af0560e01b878a60028881611744565b6114ac89633ae42bbd60e01b878a60028781611744565b6114c78c60016221581760e21b0319875f6001866004611744565b6114dc8863bd6dfa8360e01b898860026112f2565b8460800181815250505050505050806001019050611429565b505050509392505050565b6115366040518060c001604052805f81526020015f81526020015f81526020016060815260200160608152602001606081525090565b81516001600160a01b03161561157a57815161155c90635cfc1a5160e01b5f80806112f2565b81528151611574906341b3d18560e01b5f80806112f2565b60208201525b60208201516001600160a01b0316156115ee5760208201516115a690637a234a6f60e01b5f80806112f2565b604080830191909152820151156115ee5760208201516115cd906306fdde0360e01b611337565b606082015260208201516115e8906395d89b4160e01b611337565b60808201525b6115fb8260600151611228565b60a0820152919050565b5f8180156109a4578260206001600160801b038216611625575060801c60105b6001600160401b03821661163f5760409190911c90600719015b63ffffffff82166116565760209190911c90600319015b61ffff821661166b5760109190911c90600119015b60ff8216611677575f19015b808653846001870152806001870101935050506109ae565b60405163a3246ad360e01b808252600482018390526060915f80602483885afa6116bb573d5f823e3d81fd5b3d60408110156116c9575f5ffd5b60205f833e8151602082038111156116df575f5ffd5b602081843e825181602084030360051c8111156116fa575f5ffd5b8395506020840193508060051b840192508060051b60208301853e5050815b8181101561173757805160a01c1561172f575f5ffd5b602001611719565b5060405250909392505050565b604051868152856004820152846024820152602082028160208602600401838b5afa611772573d5f823e3d81fd5b602082023d1015611781575f5ffd5b6020820281845e5050505050505050565b604051806101a00160405280606081526020015f81526020015f81526020015f81526020015f8152602001606081526020016118106040518061010001604052805f81526020015f6001600160a01b031681526020015f8152602001606081526020015f81526020015f81526020015f81526020015f151581525090565b815260408051610140810182525f8082526020828101829052928201819052606082018190526080820181905260a0820181905260c0820181905260e082018190526101008201819052610120820152910190815260200160608152602001606081526020016060815260200160608152602001606081525090565b6040518060a001604052805f81526020015f81526020016118be60405180604001604052805f81526020015f81525090565b81526020016118ea60405180608001604052805f81526020015f81526020015f81526020015f81525090565b81526020015f81525090565b634e487b7160e01b5f52604160045260245ffd5b604051606081016001600160401b038111828210171561192c5761192c6118f6565b60405290565b60405161010081016001600160401b038111828210171561192c5761192c6118f6565b60405161014081016001600160401b038111828210171561192c5761192c6118f6565b60405160a081016001600160401b038111828210171561192c5761192c6118f6565b604080519081016001600160401b038111828210171561192c5761192c6118f6565b604051608081016001600160401b038111828210171561192c5761192c6118f6565b60405160c081016001600160401b038111828210171561192c5761192c6118f6565b6040516101a081016001600160401b038111828210171561192c5761192c6118f6565b604051601f8201601f191681016001600160401b0381118282101715611a4b57611a4b6118f6565b604052919050565b5f6001600160401b03821115611a6b57611a6b6118f6565b50601f01601f191660200190565b5f60208284031215611a89575f5ffd5b81356001600160401b03811115611a9e575f5ffd5b8201601f81018413611aae575f5ffd5b8035611ac1611abc82611a53565b611a23565b818152856020838501011115611ad5575f5ffd5b816020840160208301375f91810160200191909152949350505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61102f6020830184611af2565b5f5f83601f840112611b42575f5ffd5b5081356001600160401b03811115611b58575f5ffd5b6020830191508360208260051b8501011115611b72575f5ffd5b9250929050565b5f5f5f5f5f5f5f87890360e0811215611b90575f5ffd5b6080811215611b9d575f5ffd5b5087965060808801356001600160401b03811115611bb9575f5ffd5b611bc58a828b01611b32565b90975095505060a08801356001600160401b03811115611be3575f5ffd5b8801601f81018a13611bf3575f5ffd5b80356001600160401b03811115611c08575f5ffd5b8a60208260061b8401011115611c1c575f5ffd5b6020919091019450925060c08801356001600160401b03811115611c3e575f5ffd5b611c4a8a828b01611b32565b989b979a50959850939692959293505050565b5f82825180855260208501945060208160051b830101602085015f5b83811015611cdc57848303601f19018852815180518085526020918201918501905f5b81811015611cc35783516001600160a01b0316835260209384019390920191600101611c9c565b50506020998a0199909450929092019150600101611c79565b50909695505050505050565b5f8151808452602084019350602083015f5b82811015611d3457815180518752602081015160208801526040810151604088015250606086019550602082019150600181019050611cfa565b5093949350505050565b8051825260018060a01b036020820151166020830152604081015160408301525f60608201516101006060850152611d7a610100850182611af2565b90506080830151608085015260a083015160a085015260c083015160c085015260e0830151151560e08501528091505092915050565b80516001600160401b031682526020810151611dd760208401826001600160401b03169052565b506040810151611df260408401826001600160801b03169052565b506060810151611e0d60608401826001600160801b03169052565b506080810151611e25608084018263ffffffff169052565b5060a0810151611e3d60a084018263ffffffff169052565b5060c0810151611e5160c084018215159052565b5060e0810151611e6560e084018215159052565b50610100818101519083015261012090810151910152565b5f8151808452602084019350602083015f5b82811015611d3457815180518752602081015160208801526040810151805160408901526020810151606089015250606081015180516080890152602081015160a0890152604081015160c0890152606081015160e08901525060808101516101008801525061012086019550602082019150600181019050611e8f565b5f8151808452602084019350602083015f5b82811015611d345781511515865260209586019590910190600101611f1f565b5f82825180855260208501945060208160051b830101602085015f5b83811015611cdc57601f198584030188528151805184526020810151602085015260408101516040850152606081015160c06060860152611f9f60c0860182611af2565b905060808201518582036080870152611fb88282611af2565b91505060a0820151915084810360a0860152611fd48183611c5d565b60209a8b019a90955093909301925050600101611f5b565b5f8151808452602084019350602083015f5b82811015611d34578151865260209586019590910190600101611ffe565b5f606082016060835280865180835260808501915060808160051b8601019250602088015f5b8281101561217d57607f19878603018452815180516102c0875261206a6102c0880182611c5d565b90506020820151602088015260408201516040880152606082015160608801526080820151608088015260a082015187820360a08901526120ab8282611ce8565b91505060c082015187820360c08901526120c58282611d3e565b91505060e08201516120da60e0890182611db0565b506101008201518782036102208901526120f48282611af2565b9150506101208201518782036102408901526121108282611af2565b91505061014082015187820361026089015261212c8282611e7d565b9150506101608201518782036102808901526121488282611f0d565b91505061018082015191508681036102a08801526121668183611f3f565b965050506020938401939190910190600101612042565b5050505082810360208401526121938186611f0d565b9050828103604084015261034c8185611fec565b5f6001600160401b038211156121bf576121bf6118f6565b5060051b60200190565b6001600160a01b03811681146121dd575f5ffd5b50565b80516121eb816121c9565b919050565b5f82601f8301126121ff575f5ffd5b815161220d611abc826121a7565b8082825260208201915060208360051b86010192508583111561222e575f5ffd5b602085015b838110156122d45780516001600160401b03811115612250575f5ffd5b8601603f81018813612260575f5ffd5b6020810151612271611abc826121a7565b808282526020820191506020808460051b8601010192508a831115612294575f5ffd5b6040840193505b828410156122bf5783516122ae816121c9565b82526020938401939091019061229b565b86525050602093840193919091019050612233565b5095945050505050565b5f82601f8301126122ed575f5ffd5b81516122fb611abc826121a7565b8082825260208201915060206060840286010192508583111561231c575f5ffd5b602085015b838110156122d45760608188031215612338575f5ffd5b61234061190a565b8151815260208083015181830152604080840151908301529084529290920191606001612321565b5f82601f830112612377575f5ffd5b8151602083015f61238a611abc84611a53565b905082815285838301111561239d575f5ffd5b8282602083015e5f92810160200192909252509392505050565b80151581146121dd575f5ffd5b80516121eb816123b7565b5f61010082840312156123e0575f5ffd5b6123e8611932565b8251815290506123fa602083016121e0565b60208201526040828101519082015260608201516001600160401b03811115612421575f5ffd5b61242d84828501612368565b6060830152506080828101519082015260a0808301519082015260c0808301519082015261245d60e083016123c4565b60e082015292915050565b80516001600160401b03811681146121eb575f5ffd5b80516001600160801b03811681146121eb575f5ffd5b805163ffffffff811681146121eb575f5ffd5b5f61014082840312156124b8575f5ffd5b6124c0611955565b90506124cb82612468565b81526124d960208301612468565b60208201526124ea6040830161247e565b60408201526124fb6060830161247e565b606082015261250c60808301612494565b608082015261251d60a08301612494565b60a082015261252e60c083016123c4565b60c082015261253f60e083016123c4565b60e082015261010082810151908201526101209182015191810191909152919050565b5f82601f830112612571575f5ffd5b815161257f611abc826121a7565b80828252602082019150602061012084028601019250858311156125a1575f5ffd5b602085015b838110156122d4578087036101208112156125bf575f5ffd5b6125c7611978565b82518152602080840151908201526040603f19830112156125e6575f5ffd5b6125ee61199a565b6040848101518252606085015160208301528201526080607f1983011215612614575f5ffd5b61261c6119bc565b608084810151825260a085015160208084019190915260c0860151604084015260e086015160608085019190915284019290925261010085015190830152908552939093019250610120016125a6565b5f82601f83011261267b575f5ffd5b8151612689611abc826121a7565b8082825260208201915060208360051b8601019250858311156126aa575f5ffd5b602085015b838110156122d45780516126c2816123b7565b8352602092830192016126af565b5f82601f8301126126df575f5ffd5b81516126ed611abc826121a7565b8082825260208201915060208360051b86010192508583111561270e575f5ffd5b602085015b838110156122d45780516001600160401b03811115612730575f5ffd5b860160c0818903601f19011215612745575f5ffd5b61274d6119de565b60208281015182526040808401519183019190915260608301519082015260808201516001600160401b03811115612783575f5ffd5b6127928a602083860101612368565b60608301525060a08201516001600160401b038111156127b0575f5ffd5b6127bf8a602083860101612368565b60808301525060c08201516001600160401b038111156127dd575f5ffd5b6127ec8a6020838601016121f0565b60a08301525084525060209283019201612713565b5f82601f830112612810575f5ffd5b815161281e611abc826121a7565b8082825260208201915060208360051b86010192508583111561283f575f5ffd5b602085015b838110156122d4578051835260209283019201612844565b5f5f5f6060848603121561286e575f5ffd5b83516001600160401b03811115612883575f5ffd5b8401601f81018613612893575f5ffd5b80516128a1611abc826121a7565b8082825260208201915060208360051b8501019250888311156128c2575f5ffd5b602084015b83811015612ac15780516001600160401b038111156128e4575f5ffd5b85016102c0818c03601f190112156128fa575f5ffd5b612902611a00565b60208201516001600160401b0381111561291a575f5ffd5b6129298d6020838601016121f0565b8252506040828101516020830152606080840151918301919091526080808401519183019190915260a08301519082015260c08201516001600160401b03811115612972575f5ffd5b6129818d6020838601016122de565b60a08301525060e08201516001600160401b0381111561299f575f5ffd5b6129ae8d6020838601016123cf565b60c0830152506129c28c61010084016124a7565b60e08201526102408201516001600160401b038111156129e0575f5ffd5b6129ef8d602083860101612368565b610100830152506102608201516001600160401b03811115612a0f575f5ffd5b612a1e8d602083860101612368565b610120830152506102808201516001600160401b03811115612a3e575f5ffd5b612a4d8d602083860101612562565b610140830152506102a08201516001600160401b03811115612a6d575f5ffd5b612a7c8d60208386010161266c565b610160830152506102c08201516001600160401b03811115612a9c575f5ffd5b612aab8d6020838601016126d0565b61018083015250845250602092830192016128c7565b508096505050505060208401516001600160401b03811115612ae1575f5ffd5b612aed8682870161266c565b92505060408401516001600160401b03811115612b08575f5ffd5b612b1486828701612801565b9150509250925092565b80356121eb816121c9565b5f6080828403128015612b3a575f5ffd5b50612b436119bc565b8235612b4e816121c9565b81526020830135612b5e816121c9565b60208201526040830135612b71816121c9565b60408201526060830135612b84816121c9565b60608201529392505050565b5f60408284031215612ba0575f5ffd5b612ba861199a565b90508135612bb5816121c9565b815260209182013591810191909152919050565b5f82601f830112612bd8575f5ffd5b8135612be6611abc826121a7565b8082825260208201915060208360061b860101925085831115612c07575f5ffd5b602085015b838110156122d457612c1e8782612b90565b8352602090920191604001612c0c565b5f82601f830112612c3d575f5ffd5b8135612c4b611abc826121a7565b8082825260208201915060208360051b860101925085831115612c6c575f5ffd5b602085015b838110156122d4578035612c84816121c9565b835260209283019201612c71565b5f82601f830112612ca1575f5ffd5b8135612caf611abc826121a7565b8082825260208201915060208360051b860101925085831115612cd0575f5ffd5b602085015b838110156122d4578035835260209283019201612cd5565b5f82601f830112612cfc575f5ffd5b8135612d0a611abc826121a7565b8082825260208201915060208360051b860101925085831115612d2b575f5ffd5b602085015b838110156122d45780356001600160401b03811115612d4d575f5ffd5b86016080818903601f19011215612d62575f5ffd5b612d6a6119bc565b6020820135612d78816121c9565b81526040820135612d88816121c9565b60208201526060820135612d9b816123b7565b604082015260808201356001600160401b03811115612db8575f5ffd5b612dc78a602083860101612bc9565b60608301525084525060209283019201612d30565b5f612de9611abc846121a7565b8381526020810190600585901b840136811115612e04575f5ffd5b845b81811015612f6b5780356001600160401b03811115612e23575f5ffd5b8601610140368290031215612e36575f5ffd5b612e3e611955565b81358152612e4e60208301612b1e565b6020820152612e5f60408301612b1e565b6040820152612e7060608301612b1e565b6060820152612e8160808301612b1e565b608082015260a08201356001600160401b03811115612e9e575f5ffd5b612eaa36828501612bc9565b60a08301525060c08201356001600160401b03811115612ec8575f5ffd5b612ed436828501612c2e565b60c08301525060e08201356001600160401b03811115612ef2575f5ffd5b612efe36828501612c92565b60e0830152506101008201356001600160401b03811115612f1d575f5ffd5b612f2936828501612c2e565b610100830152506101208201356001600160401b03811115612f49575f5ffd5b612f5536828501612ced565b6101208301525085525060209384019301612e06565b509095945050505050565b5f60408284031215612f86575f5ffd5b61102f8383612b90565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215612fb4575f5ffd5b815161102f816123b7565b5f60208284031215612fcf575f5ffd5b5051919050565b5f60208284031215612fe6575f5ffd5b81516001600160401b03811115612ffb575f5ffd5b613007848285016123cf565b949350505050565b5f6101408284031215613020575f5ffd5b61102f83836124a756";
