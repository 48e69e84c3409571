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
export const haloClassLensBytecode: `0x${string}` = "0x608060405234801561000f575f5ffd5b50604051611eaa380380611eaa83398101604081905261002e91611542565b5f808061003d87878787610072565b9250925092505f83838360405160200161005993929190611a1c565b6040516020818303038152906040529050805160208201f35b606080606085516001600160401b0381111561009057610090611028565b6040519080825280602002602001820160405280156100c957816020015b6100b6610ec4565b8152602001906001900390816100ae5790505b5092505f5b865181101561012557610100888883815181106100ed576100ed611bb1565b60200260200101516103f160201b60201c565b84828151811061011257610112611bb1565b60209081029190910101526001016100ce565b50865185516001600160401b0381111561014157610141611028565b60405190808252806020026020018201604052801561016a578160200160208202803683370190505b5092505f5b86518110156102e5575f87828151811061018b5761018b611bb1565b602002602001015190505f6001600160a01b0316815f01516001600160a01b0316146102385760208101518151604051638edf830b60e01b81526001600160a01b03861692638edf830b926101f4926004019182526001600160a01b0316602082015260400190565b602060405180830381865afa15801561020f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102339190611bc5565b6102ba565b6020810151815160405163e6780be560e01b81526001600160a01b0386169263e6780be59261027b926004019182526001600160a01b0316602082015260400190565b602060405180830381865afa158015610296573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102ba9190611bc5565b8583815181106102cc576102cc611bb1565b911515602092830291909101909101525060010161016f565b5084516001600160401b038111156102ff576102ff611028565b604051908082528060200260200182016040528015610328578160200160208202803683370190505b5091505f5b85518110156103e55788604001516001600160a01b031663d45c443587838151811061035b5761035b611bb1565b60200260200101516040518263ffffffff1660e01b815260040161038191815260200190565b602060405180830381865afa15801561039c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103c09190611be5565b8382815181106103d2576103d2611bb1565b602090810291909101015260010161032d565b50509450945094915050565b6103f9610ec4565b82516020830151604084015160a08501516001600160a01b03928316929091169061042390610a14565b845261043a83633d0a63e960e11b845f6001610b43565b602085015261045483636d46114f60e11b835f6001610b43565b604085015261046e836309e64d6f60e11b845f6001610b43565b60608501526104888363afe6731960e01b845f6001610b43565b608085015260c0850151516001600160401b038111156104aa576104aa611028565b6040519080825280602002602001820160405280156104fc57816020015b6104e960405180606001604052805f81526020015f81526020015f81525090565b8152602001906001900390816104c85790505b5060a08501525f5b8560c00151518110156105c2575f8660c00151828151811061052857610528611bb1565b60200260200101516001600160a01b0316905060405180606001604052806105618763901bb3f360e01b855f6001610b4360201b60201c565b815260200161057b8763342f66c760e01b88866002610b43565b815260200161059587630478194d60e41b87866002610b43565b8152508660a0015183815181106105ae576105ae611bb1565b602090810291909101015250600101610504565b508451158015906105df575060608601516001600160a01b031615155b156106615760608601518551604051636387925960e01b81526001600160a01b039092169163638792599161061a9160040190815260200190565b5f60405180830381865afa158015610634573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261065b9190810190611c72565b60c08501525b60608501516001600160a01b0316156106df5784606001516001600160a01b0316634da03c8e6040518163ffffffff1660e01b815260040161014060405180830381865afa1580156106b5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106d99190611d70565b60e08501525b60808501516001600160a01b0316156107ce5784608001516001600160a01b03166306fdde036040518163ffffffff1660e01b81526004015f60405180830381865afa158015610731573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526107589190810190611e2c565b84610100018190525084608001516001600160a01b03166395d89b416040518163ffffffff1660e01b81526004015f60405180830381865afa1580156107a0573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526107c79190810190611e2c565b6101208501525b6107e78686602001518760e00151610b8860201b60201c565b610140850152610100850151516001600160401b0381111561080b5761080b611028565b604051908082528060200260200182016040528015610834578160200160208202803683370190505b506101608501525f5b856101000151518110156109165785604001516001600160a01b03166363b2b2f0876101000151838151811061087557610875611bb1565b60200260200101516040518263ffffffff1660e01b81526004016108a891906001600160a01b0391909116815260200190565b602060405180830381865afa1580156108c3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108e79190611bc5565b85610160015182815181106108fe576108fe611bb1565b9115156020928302919091019091015260010161083d565b50846101200151516001600160401b0381111561093557610935611028565b60405190808252806020026020018201604052801561099c57816020015b6109896040518060c001604052805f81526020015f81526020015f81526020016060815260200160608152602001606081525090565b8152602001906001900390816109535790505b506101808501525f5b85610120015151811015610a0a576109e086610120015182815181106109cd576109cd611bb1565b6020026020010151610ccd60201b60201c565b85610180015182815181106109f7576109f7611bb1565b60209081029190910101526001016109a5565b5050505092915050565b606081516001600160401b03811115610a2f57610a2f611028565b604051908082528060200260200182016040528015610a6257816020015b6060815260200190600190039081610a4d5790505b5090505f5b8251811015610b3d57828181518110610a8257610a82611bb1565b60200260200101515f01516001600160a01b031663a3246ad3848381518110610aad57610aad611bb1565b6020026020010151602001516040518263ffffffff1660e01b8152600401610ad791815260200190565b5f60405180830381865afa158015610af1573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610b189190810190611e78565b828281518110610b2a57610b2a611bb1565b6020908102919091010152600101610a67565b50919050565b5f60405185815284600482015283602482015260208160208502600401838a5afa610b70573d5f823e3d81fd5b60203d1015610b7d575f5ffd5b519695505050505050565b82516020840151825160609291906001600160a01b038616906001600160401b03811115610bb857610bb8611028565b604051908082528060200260200182016040528015610bf157816020015b610bde610fbe565b815260200190600190039081610bd65790505b5093505f5b8551811015610cc2575f868281518110610c1257610c12611bb1565b60200260200101515f1c90505f868381518110610c3157610c31611bb1565b6020908102919091010151604081015160608201519192508291610c6289637407af0560e01b878a60028881610e76565b610c7989633ae42bbd60e01b878a60028781610e76565b610c948c60016221581760e21b0319875f6001866004610e76565b610ca98863bd6dfa8360e01b89886002610b43565b8460800181815250505050505050806001019050610bf6565b505050509392505050565b610d036040518060c001604052805f81526020015f81526020015f81526020016060815260200160608152602001606081525090565b81516001600160a01b031615610d47578151610d2990635cfc1a5160e01b5f8080610b43565b81528151610d41906341b3d18560e01b5f8080610b43565b60208201525b60208201516001600160a01b031615610e5e576020820151610d7390637a234a6f60e01b5f8080610b43565b60408083019190915282015115610e5e5781602001516001600160a01b03166306fdde036040518163ffffffff1660e01b81526004015f60405180830381865afa158015610dc3573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610dea9190810190611e2c565b816060018190525081602001516001600160a01b03166395d89b416040518163ffffffff1660e01b81526004015f60405180830381865afa158015610e31573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610e589190810190611e2c565b60808201525b6060820151610e6c90610a14565b60a0820152919050565b604051868152856004820152846024820152602082028160208602600401838b5afa610ea4573d5f823e3d81fd5b602082023d1015610eb3575f5ffd5b6020820281845e5050505050505050565b604051806101a00160405280606081526020015f81526020015f81526020015f81526020015f815260200160608152602001610f426040518061010001604052805f81526020015f6001600160a01b031681526020015f8152602001606081526020015f81526020015f81526020015f81526020015f151581525090565b815260408051610140810182525f8082526020828101829052928201819052606082018190526080820181905260a0820181905260c0820181905260e082018190526101008201819052610120820152910190815260200160608152602001606081526020016060815260200160608152602001606081525090565b6040518060a001604052805f81526020015f8152602001610ff060405180604001604052805f81526020015f81525090565b815260200161101c60405180608001604052805f81526020015f81526020015f81526020015f81525090565b81526020015f81525090565b634e487b7160e01b5f52604160045260245ffd5b604051608081016001600160401b038111828210171561105e5761105e611028565b60405290565b60405161014081016001600160401b038111828210171561105e5761105e611028565b60405161010081016001600160401b038111828210171561105e5761105e611028565b604051601f8201601f191681016001600160401b03811182821017156110d2576110d2611028565b604052919050565b80516001600160a01b03811681146110f0575f5ffd5b919050565b5f6001600160401b0382111561110d5761110d611028565b5060051b60200190565b5f82601f830112611126575f5ffd5b8151602083015f61113e611139846110f5565b6110aa565b83815260069390931b8201929050602081018684111561115c575f5ffd5b838310156111c5575f60408489031215611174575f5ffd5b604080519081016001600160401b038111828210171561119657611196611028565b6040529050806111a5856110da565b81526020858101518183015290835260409094019391909101905061115c565b5095945050505050565b5f82601f8301126111de575f5ffd5b81516111ec611139826110f5565b8082825260208201915060208360051b86010192508583111561120d575f5ffd5b602085015b838110156111c557611223816110da565b835260209283019201611212565b5f82601f830112611240575f5ffd5b815161124e611139826110f5565b8082825260208201915060208360051b86010192508583111561126f575f5ffd5b602085015b838110156111c5578051835260209283019201611274565b805180151581146110f0575f5ffd5b5f82601f8301126112aa575f5ffd5b81516112b8611139826110f5565b8082825260208201915060208360051b8601019250858311156112d9575f5ffd5b602085015b838110156111c55780516001600160401b038111156112fb575f5ffd5b86016080818903601f19011215611310575f5ffd5b61131861103c565b611324602083016110da565b8152611332604083016110da565b60208201526113436060830161128c565b604082015260808201516001600160401b03811115611360575f5ffd5b61136f8a602083860101611117565b606083015250845250602092830192016112de565b5f82601f830112611393575f5ffd5b81516113a1611139826110f5565b8082825260208201915060208360051b8601019250858311156113c2575f5ffd5b602085015b838110156111c55780516001600160401b038111156113e4575f5ffd5b8601610140818903601f190112156113fa575f5ffd5b611402611064565b60208201518152611415604083016110da565b6020820152611426606083016110da565b6040820152611437608083016110da565b606082015261144860a083016110da565b608082015260c08201516001600160401b03811115611465575f5ffd5b6114748a602083860101611117565b60a08301525060e08201516001600160401b03811115611492575f5ffd5b6114a18a6020838601016111cf565b60c0830152506101008201516001600160401b038111156114c0575f5ffd5b6114cf8a602083860101611231565b60e0830152506101208201516001600160401b038111156114ee575f5ffd5b6114fd8a6020838601016111cf565b610100830152506101408201516001600160401b0381111561151d575f5ffd5b61152c8a60208386010161129b565b61012083015250845250602092830192016113c7565b5f5f5f5f84860360e0811215611556575f5ffd5b6080811215611563575f5ffd5b5061156c61103c565b611575866110da565b8152611583602087016110da565b6020820152611594604087016110da565b60408201526115a5606087016110da565b606082015260808601519094506001600160401b038111156115c5575f5ffd5b6115d187828801611384565b60a087015190945090506001600160401b038111156115ee575f5ffd5b6115fa87828801611117565b60c087015190935090506001600160401b03811115611617575f5ffd5b61162387828801611231565b91505092959194509250565b5f82825180855260208501945060208160051b830101602085015f5b838110156116ae57848303601f19018852815180518085526020918201918501905f5b818110156116955783516001600160a01b031683526020938401939092019160010161166e565b50506020998a019990945092909201915060010161164b565b50909695505050505050565b5f8151808452602084019350602083015f5b82811015611706578151805187526020810151602088015260408101516040880152506060860195506020820191506001810190506116cc565b5093949350505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b8051825260018060a01b036020820151166020830152604081015160408301525f6060820151610100606085015261177a610100850182611710565b90506080830151608085015260a083015160a085015260c083015160c085015260e0830151151560e08501528091505092915050565b80516001600160401b0316825260208101516117d760208401826001600160401b03169052565b5060408101516117f260408401826001600160801b03169052565b50606081015161180d60608401826001600160801b03169052565b506080810151611825608084018263ffffffff169052565b5060a081015161183d60a084018263ffffffff169052565b5060c081015161185160c084018215159052565b5060e081015161186560e084018215159052565b50610100818101519083015261012090810151910152565b5f8151808452602084019350602083015f5b8281101561170657815180518752602081015160208801526040810151805160408901526020810151606089015250606081015180516080890152602081015160a0890152604081015160c0890152606081015160e0890152506080810151610100880152506101208601955060208201915060018101905061188f565b5f8151808452602084019350602083015f5b82811015611706578151151586526020958601959091019060010161191f565b5f82825180855260208501945060208160051b830101602085015f5b838110156116ae57601f198584030188528151805184526020810151602085015260408101516040850152606081015160c0606086015261199f60c0860182611710565b9050608082015185820360808701526119b88282611710565b91505060a0820151915084810360a08601526119d4818361162f565b60209a8b019a9095509390930192505060010161195b565b5f8151808452602084019350602083015f5b828110156117065781518652602095860195909101906001016119fe565b5f606082016060835280865180835260808501915060808160051b8601019250602088015f5b82811015611b7d57607f19878603018452815180516102c08752611a6a6102c088018261162f565b90506020820151602088015260408201516040880152606082015160608801526080820151608088015260a082015187820360a0890152611aab82826116ba565b91505060c082015187820360c0890152611ac5828261173e565b91505060e0820151611ada60e08901826117b0565b50610100820151878203610220890152611af48282611710565b915050610120820151878203610240890152611b108282611710565b915050610140820151878203610260890152611b2c828261187d565b915050610160820151878203610280890152611b48828261190d565b91505061018082015191508681036102a0880152611b66818361193f565b965050506020938401939190910190600101611a42565b505050508281036020840152611b93818661190d565b90508281036040840152611ba781856119ec565b9695505050505050565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215611bd5575f5ffd5b611bde8261128c565b9392505050565b5f60208284031215611bf5575f5ffd5b5051919050565b5f806001600160401b03841115611c1557611c15611028565b50601f8301601f1916602001611c2a816110aa565b915050828152838383011115611c3e575f5ffd5b8282602083015e5f602084830101529392505050565b5f82601f830112611c63575f5ffd5b611bde83835160208501611bfc565b5f60208284031215611c82575f5ffd5b81516001600160401b03811115611c97575f5ffd5b82016101008185031215611ca9575f5ffd5b611cb1611087565b81518152611cc1602083016110da565b60208201526040828101519082015260608201516001600160401b03811115611ce8575f5ffd5b611cf486828501611c54565b6060830152506080828101519082015260a0808301519082015260c08083015190820152611d2460e0830161128c565b60e0820152949350505050565b80516001600160401b03811681146110f0575f5ffd5b80516001600160801b03811681146110f0575f5ffd5b805163ffffffff811681146110f0575f5ffd5b5f610140828403128015611d82575f5ffd5b50611d8b611064565b611d9483611d31565b8152611da260208401611d31565b6020820152611db360408401611d47565b6040820152611dc460608401611d47565b6060820152611dd560808401611d5d565b6080820152611de660a08401611d5d565b60a0820152611df760c0840161128c565b60c0820152611e0860e0840161128c565b60e08201526101008381015190820152610120928301519281019290925250919050565b5f60208284031215611e3c575f5ffd5b81516001600160401b03811115611e51575f5ffd5b8201601f81018413611e61575f5ffd5b611e7084825160208401611bfc565b949350505050565b5f60208284031215611e88575f5ffd5b81516001600160401b03811115611e9d575f5ffd5b611e70848285016111cf56fe";

/** Runtime (deployed) bytecode. */
export const haloClassLensRuntimeBytecode: `0x${string}` = "0x608060405234801561000f575f5ffd5b506004361061003f575f3560e01c806362b0ae871461004357806370cf38eb1461006c578063ce05172e1461008e575b5f5ffd5b610056610051366004611aeb565b6100a1565b6040516100639190611b92565b60405180910390f35b61007f61007a366004611beb565b6100d4565b6040516100639392919061208e565b61005661009c366004611beb565b610191565b60605f5f5f848060200190518101906100ba91906128cc565b9250925092506100cb83838361025c565b95945050505050565b6060808061017e6100ea368c90038c018c612b99565b6100f48a8c612e4c565b8989808060200260200160405190810160405280939291908181526020015f905b828210156101415761013260408302860136819003810190612fe6565b81526020019060010190610115565b50505050508888808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525061035692505050565b9250925092509750975097945050505050565b60605f808061023c6101a8368d90038d018d612b99565b6101b28b8d612e4c565b8a8a808060200260200160405190810160405280939291908181526020015f905b828210156101ff576101f060408302860136819003810190612fe6565b815260200190600101906101d3565b50505050508989808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525061035692505050565b92509250925061024d83838361025c565b9b9a5050505050505050505050565b60605f61026b60405160200190565b855160e01b81529050600481015f5b86518110156102b0576102a68288838151811061029957610299613000565b60200260200101516106cf565b915060010161027a565b50845160e01b81526004015f5b85518110156102f3576102e9828783815181106102dc576102dc613000565b6020026020010151610903565b91506001016102bd565b50835160e01b81526004015f5b84518110156103365761032c8286838151811061031f5761031f613000565b602002602001015161090f565b9150600101610300565b50818103601f19808401918252601f8301166040525b9695505050505050565b606080606085516001600160401b0381111561037457610374611968565b6040519080825280602002602001820160405280156103ad57816020015b61039a611804565b8152602001906001900390816103925790505b5092505f5b8651811015610403576103de888883815181106103d1576103d1613000565b60200260200101516109b5565b8482815181106103f0576103f0613000565b60209081029190910101526001016103b2565b50865185516001600160401b0381111561041f5761041f611968565b604051908082528060200260200182016040528015610448578160200160208202803683370190505b5092505f5b86518110156105c3575f87828151811061046957610469613000565b602002602001015190505f6001600160a01b0316815f01516001600160a01b0316146105165760208101518151604051638edf830b60e01b81526001600160a01b03861692638edf830b926104d2926004019182526001600160a01b0316602082015260400190565b602060405180830381865afa1580156104ed573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105119190613014565b610598565b6020810151815160405163e6780be560e01b81526001600160a01b0386169263e6780be592610559926004019182526001600160a01b0316602082015260400190565b602060405180830381865afa158015610574573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105989190613014565b8583815181106105aa576105aa613000565b911515602092830291909101909101525060010161044d565b5084516001600160401b038111156105dd576105dd611968565b604051908082528060200260200182016040528015610606578160200160208202803683370190505b5091505f5b85518110156106c35788604001516001600160a01b031663d45c443587838151811061063957610639613000565b60200260200101516040518263ffffffff1660e01b815260040161065f91815260200190565b602060405180830381865afa15801561067a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061069e919061302f565b8382815181106106b0576106b0613000565b602090810291909101015260010161060b565b50509450945094915050565b5f6106dd83835f0151610fc6565b92506106ed83836020015161090f565b92506106fd83836040015161090f565b925061070d83836060015161090f565b925061071d83836080015161090f565b60a08301515160e01b815260040192505f5b8260a00151518110156107ca57610766848460a00151838151811061075657610756613000565b60200260200101515f015161090f565b9350610793848460a00151838151811061078257610782613000565b60200260200101516020015161090f565b93506107c0848460a0015183815181106107af576107af613000565b60200260200101516040015161090f565b935060010161072f565b506107d9838360c00151611054565b92506107e9838360e001516110d9565b92506107fa838361010001516111a9565b925061080b838361012001516111a9565b6101408301515160e01b815260040192505f5b8261014001515181101561085e5761085484846101400151838151811061084757610847613000565b60200260200101516111c9565b935060010161081e565b506101608201515160e01b83526004830192505f5b826101600151518110156108a65761089c8484610160015183815181106102dc576102dc613000565b9350600101610873565b506101808201515160e01b83526004830192505f5b826101800151518110156108fb576108f18484610180015183815181106108e4576108e4613000565b602002602001015161126d565b93506001016108bb565b509192915050565b5f818353505060010190565b5f8180156109a4578260016001600160801b03821115610930575060801c60115b6001600160401b0382111561094a5760409190911c906008015b63ffffffff8211156109615760209190911c906004015b61ffff8211156109765760109190911c906002015b60ff821115610983576001015b808653848160031b610100031b6001870152806001870101935050506109ae565b5f84536001840191505b5092915050565b6109bd611804565b82516020830151604084015160a08501516001600160a01b0392831692909116906109e7906112cb565b84526109fe83633d0a63e960e11b845f60016113fa565b6020850152610a1883636d46114f60e11b835f60016113fa565b6040850152610a32836309e64d6f60e11b845f60016113fa565b6060850152610a4c8363afe6731960e01b845f60016113fa565b608085015260c0850151516001600160401b03811115610a6e57610a6e611968565b604051908082528060200260200182016040528015610ac057816020015b610aad60405180606001604052805f81526020015f81526020015f81525090565b815260200190600190039081610a8c5790505b5060a08501525f5b8560c0015151811015610b80575f8660c001518281518110610aec57610aec613000565b60200260200101516001600160a01b031690506040518060600160405280610b1f8763901bb3f360e01b855f60016113fa565b8152602001610b398763342f66c760e01b888660026113fa565b8152602001610b5387630478194d60e41b878660026113fa565b8152508660a001518381518110610b6c57610b6c613000565b602090810291909101015250600101610ac8565b50845115801590610b9d575060608601516001600160a01b031615155b15610c1f5760608601518551604051636387925960e01b81526001600160a01b0390921691636387925991610bd89160040190815260200190565b5f60405180830381865afa158015610bf2573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610c199190810190613046565b60c08501525b60608501516001600160a01b031615610c9d5784606001516001600160a01b0316634da03c8e6040518163ffffffff1660e01b815260040161014060405180830381865afa158015610c73573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c97919061307f565b60e08501525b60808501516001600160a01b031615610d8c5784608001516001600160a01b03166306fdde036040518163ffffffff1660e01b81526004015f60405180830381865afa158015610cef573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610d16919081019061309a565b84610100018190525084608001516001600160a01b03166395d89b416040518163ffffffff1660e01b81526004015f60405180830381865afa158015610d5e573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610d85919081019061309a565b6101208501525b610d9f8686602001518760e0015161143f565b610140850152610100850151516001600160401b03811115610dc357610dc3611968565b604051908082528060200260200182016040528015610dec578160200160208202803683370190505b506101608501525f5b85610100015151811015610ece5785604001516001600160a01b03166363b2b2f08761010001518381518110610e2d57610e2d613000565b60200260200101516040518263ffffffff1660e01b8152600401610e6091906001600160a01b0391909116815260200190565b602060405180830381865afa158015610e7b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e9f9190613014565b8561016001518281518110610eb657610eb6613000565b91151560209283029190910190910152600101610df5565b50846101200151516001600160401b03811115610eed57610eed611968565b604051908082528060200260200182016040528015610f5457816020015b610f416040518060c001604052805f81526020015f81526020015f81526020016060815260200160608152602001606081525090565b815260200190600190039081610f0b5790505b506101808501525f5b85610120015151811015610fbc57610f928661012001518281518110610f8557610f85613000565b6020026020010151611584565b8561018001518281518110610fa957610fa9613000565b6020908102919091010152600101610f5d565b5050505092915050565b805160e01b82525f6004830192505f5b82518110156108fb575f838281518110610ff257610ff2613000565b6020908102919091010151805160e01b865290506004850194505f5b815181101561104a576110408683838151811061102d5761102d613000565b602002602001015160601b815260140190565b955060010161100e565b5050600101610fd6565b5f61106283835f015161172c565b602083015160601b8152925060148301925061108283836040015161090f565b92506110928383606001516111a9565b92506110a283836080015161172c565b92506110b2838360a0015161172c565b92506110c2838360c0015161090f565b92506110d2838360e00151610903565b9392505050565b5f6110f083835f01516001600160401b031661090f565b92506111098383602001516001600160401b031661090f565b92506111228383604001516001600160801b031661090f565b925061113b8383606001516001600160801b031661090f565b925061115183836080015163ffffffff1661090f565b9250611167838360a0015163ffffffff1661090f565b9250611177838360c00151610903565b9250611187838360e00151610903565b92506111988383610100015161172c565b92506110d28383610120015161172c565b5f81518060e01b84528060208401600486015e9290920160040192915050565b5f6111d783835f015161090f565b92506111e783836020015161090f565b92506111fa8383604001515f015161090f565b925061120e8383604001516020015161090f565b92506112218383606001515f015161090f565b92506112358383606001516020015161090f565b92506112498383606001516040015161090f565b925061125d8383606001516060015161090f565b92506110d283836080015161090f565b5f61127b83835f015161090f565b925061128b83836020015161090f565b925061129b83836040015161090f565b92506112ab8383606001516111a9565b92506112bb8383608001516111a9565b92506110d2838360a00151610fc6565b606081516001600160401b038111156112e6576112e6611968565b60405190808252806020026020018201604052801561131957816020015b60608152602001906001900390816113045790505b5090505f5b82518110156113f45782818151811061133957611339613000565b60200260200101515f01516001600160a01b031663a3246ad384838151811061136457611364613000565b6020026020010151602001516040518263ffffffff1660e01b815260040161138e91815260200190565b5f60405180830381865afa1580156113a8573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526113cf91908101906130cb565b8282815181106113e1576113e1613000565b602090810291909101015260010161131e565b50919050565b5f60405185815284600482015283602482015260208160208502600401838a5afa611427573d5f823e3d81fd5b60203d1015611434575f5ffd5b519695505050505050565b82516020840151825160609291906001600160a01b038616906001600160401b0381111561146f5761146f611968565b6040519080825280602002602001820160405280156114a857816020015b6114956118fe565b81526020019060019003908161148d5790505b5093505f5b8551811015611579575f8682815181106114c9576114c9613000565b60200260200101515f1c90505f8683815181106114e8576114e8613000565b602090810291909101015160408101516060820151919250829161151989637407af0560e01b878a600288816117b6565b61153089633ae42bbd60e01b878a600287816117b6565b61154b8c60016221581760e21b0319875f60018660046117b6565b6115608863bd6dfa8360e01b898860026113fa565b84608001818152505050505050508060010190506114ad565b505050509392505050565b6115ba6040518060c001604052805f81526020015f81526020015f81526020016060815260200160608152602001606081525090565b81516001600160a01b0316156115fe5781516115e090635cfc1a5160e01b5f80806113fa565b815281516115f8906341b3d18560e01b5f80806113fa565b60208201525b60208201516001600160a01b03161561171557602082015161162a90637a234a6f60e01b5f80806113fa565b604080830191909152820151156117155781602001516001600160a01b03166306fdde036040518163ffffffff1660e01b81526004015f60405180830381865afa15801561167a573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526116a1919081019061309a565b816060018190525081602001516001600160a01b03166395d89b416040518163ffffffff1660e01b81526004015f60405180830381865afa1580156116e8573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261170f919081019061309a565b60808201525b61172282606001516112cb565b60a0820152919050565b5f8180156109a4578260206001600160801b03821661174c575060801c60105b6001600160401b0382166117665760409190911c90600719015b63ffffffff821661177d5760209190911c90600319015b61ffff82166117925760109190911c90600119015b60ff821661179e575f19015b808653846001870152806001870101935050506109ae565b604051868152856004820152846024820152602082028160208602600401838b5afa6117e4573d5f823e3d81fd5b602082023d10156117f3575f5ffd5b6020820281845e5050505050505050565b604051806101a00160405280606081526020015f81526020015f81526020015f81526020015f8152602001606081526020016118826040518061010001604052805f81526020015f6001600160a01b031681526020015f8152602001606081526020015f81526020015f81526020015f81526020015f151581525090565b815260408051610140810182525f8082526020828101829052928201819052606082018190526080820181905260a0820181905260c0820181905260e082018190526101008201819052610120820152910190815260200160608152602001606081526020016060815260200160608152602001606081525090565b6040518060a001604052805f81526020015f815260200161193060405180604001604052805f81526020015f81525090565b815260200161195c60405180608001604052805f81526020015f81526020015f81526020015f81525090565b81526020015f81525090565b634e487b7160e01b5f52604160045260245ffd5b604051606081016001600160401b038111828210171561199e5761199e611968565b60405290565b60405161010081016001600160401b038111828210171561199e5761199e611968565b60405161014081016001600160401b038111828210171561199e5761199e611968565b60405160a081016001600160401b038111828210171561199e5761199e611968565b604080519081016001600160401b038111828210171561199e5761199e611968565b604051608081016001600160401b038111828210171561199e5761199e611968565b60405160c081016001600160401b038111828210171561199e5761199e611968565b6040516101a081016001600160401b038111828210171561199e5761199e611968565b604051601f8201601f191681016001600160401b0381118282101715611abd57611abd611968565b604052919050565b5f6001600160401b03821115611add57611add611968565b50601f01601f191660200190565b5f60208284031215611afb575f5ffd5b81356001600160401b03811115611b10575f5ffd5b8201601f81018413611b20575f5ffd5b8035611b33611b2e82611ac5565b611a95565b818152856020838501011115611b47575f5ffd5b816020840160208301375f91810160200191909152949350505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6110d26020830184611b64565b5f5f83601f840112611bb4575f5ffd5b5081356001600160401b03811115611bca575f5ffd5b6020830191508360208260051b8501011115611be4575f5ffd5b9250929050565b5f5f5f5f5f5f5f87890360e0811215611c02575f5ffd5b6080811215611c0f575f5ffd5b5087965060808801356001600160401b03811115611c2b575f5ffd5b611c378a828b01611ba4565b90975095505060a08801356001600160401b03811115611c55575f5ffd5b8801601f81018a13611c65575f5ffd5b80356001600160401b03811115611c7a575f5ffd5b8a60208260061b8401011115611c8e575f5ffd5b6020919091019450925060c08801356001600160401b03811115611cb0575f5ffd5b611cbc8a828b01611ba4565b989b979a50959850939692959293505050565b5f82825180855260208501945060208160051b830101602085015f5b83811015611d4e57848303601f19018852815180518085526020918201918501905f5b81811015611d355783516001600160a01b0316835260209384019390920191600101611d0e565b50506020998a0199909450929092019150600101611ceb565b50909695505050505050565b5f8151808452602084019350602083015f5b82811015611da657815180518752602081015160208801526040810151604088015250606086019550602082019150600181019050611d6c565b5093949350505050565b8051825260018060a01b036020820151166020830152604081015160408301525f60608201516101006060850152611dec610100850182611b64565b90506080830151608085015260a083015160a085015260c083015160c085015260e0830151151560e08501528091505092915050565b80516001600160401b031682526020810151611e4960208401826001600160401b03169052565b506040810151611e6460408401826001600160801b03169052565b506060810151611e7f60608401826001600160801b03169052565b506080810151611e97608084018263ffffffff169052565b5060a0810151611eaf60a084018263ffffffff169052565b5060c0810151611ec360c084018215159052565b5060e0810151611ed760e084018215159052565b50610100818101519083015261012090810151910152565b5f8151808452602084019350602083015f5b82811015611da657815180518752602081015160208801526040810151805160408901526020810151606089015250606081015180516080890152602081015160a0890152604081015160c0890152606081015160e08901525060808101516101008801525061012086019550602082019150600181019050611f01565b5f8151808452602084019350602083015f5b82811015611da65781511515865260209586019590910190600101611f91565b5f82825180855260208501945060208160051b830101602085015f5b83811015611d4e57601f198584030188528151805184526020810151602085015260408101516040850152606081015160c0606086015261201160c0860182611b64565b90506080820151858203608087015261202a8282611b64565b91505060a0820151915084810360a08601526120468183611ccf565b60209a8b019a90955093909301925050600101611fcd565b5f8151808452602084019350602083015f5b82811015611da6578151865260209586019590910190600101612070565b5f606082016060835280865180835260808501915060808160051b8601019250602088015f5b828110156121ef57607f19878603018452815180516102c087526120dc6102c0880182611ccf565b90506020820151602088015260408201516040880152606082015160608801526080820151608088015260a082015187820360a089015261211d8282611d5a565b91505060c082015187820360c08901526121378282611db0565b91505060e082015161214c60e0890182611e22565b506101008201518782036102208901526121668282611b64565b9150506101208201518782036102408901526121828282611b64565b91505061014082015187820361026089015261219e8282611eef565b9150506101608201518782036102808901526121ba8282611f7f565b91505061018082015191508681036102a08801526121d88183611fb1565b9650505060209384019391909101906001016120b4565b5050505082810360208401526122058186611f7f565b9050828103604084015261034c818561205e565b5f6001600160401b0382111561223157612231611968565b5060051b60200190565b6001600160a01b038116811461224f575f5ffd5b50565b805161225d8161223b565b919050565b5f82601f830112612271575f5ffd5b815161227f611b2e82612219565b8082825260208201915060208360051b8601019250858311156122a0575f5ffd5b602085015b838110156122c65780516122b88161223b565b8352602092830192016122a5565b5095945050505050565b5f82601f8301126122df575f5ffd5b81516122ed611b2e82612219565b8082825260208201915060208360051b86010192508583111561230e575f5ffd5b602085015b838110156122c65780516001600160401b03811115612330575f5ffd5b61233f886020838a0101612262565b84525060209283019201612313565b5f82601f83011261235d575f5ffd5b815161236b611b2e82612219565b8082825260208201915060206060840286010192508583111561238c575f5ffd5b602085015b838110156122c657606081880312156123a8575f5ffd5b6123b061197c565b8151815260208083015181830152604080840151908301529084529290920191606001612391565b5f82601f8301126123e7575f5ffd5b8151602083015f6123fa611b2e84611ac5565b905082815285838301111561240d575f5ffd5b8282602083015e5f92810160200192909252509392505050565b801515811461224f575f5ffd5b805161225d81612427565b5f6101008284031215612450575f5ffd5b6124586119a4565b82518152905061246a60208301612252565b60208201526040828101519082015260608201516001600160401b03811115612491575f5ffd5b61249d848285016123d8565b6060830152506080828101519082015260a0808301519082015260c080830151908201526124cd60e08301612434565b60e082015292915050565b80516001600160401b038116811461225d575f5ffd5b80516001600160801b038116811461225d575f5ffd5b805163ffffffff8116811461225d575f5ffd5b5f6101408284031215612528575f5ffd5b6125306119c7565b905061253b826124d8565b8152612549602083016124d8565b602082015261255a604083016124ee565b604082015261256b606083016124ee565b606082015261257c60808301612504565b608082015261258d60a08301612504565b60a082015261259e60c08301612434565b60c08201526125af60e08301612434565b60e082015261010082810151908201526101209182015191810191909152919050565b5f82601f8301126125e1575f5ffd5b81516125ef611b2e82612219565b8082825260208201915060206101208402860101925085831115612611575f5ffd5b602085015b838110156122c65780870361012081121561262f575f5ffd5b6126376119ea565b82518152602080840151908201526040603f1983011215612656575f5ffd5b61265e611a0c565b6040848101518252606085015160208301528201526080607f1983011215612684575f5ffd5b61268c611a2e565b608084810151825260a085015160208084019190915260c0860151604084015260e08601516060808501919091528401929092526101008501519083015290855293909301925061012001612616565b5f82601f8301126126eb575f5ffd5b81516126f9611b2e82612219565b8082825260208201915060208360051b86010192508583111561271a575f5ffd5b602085015b838110156122c657805161273281612427565b83526020928301920161271f565b5f82601f83011261274f575f5ffd5b815161275d611b2e82612219565b8082825260208201915060208360051b86010192508583111561277e575f5ffd5b602085015b838110156122c65780516001600160401b038111156127a0575f5ffd5b860160c0818903601f190112156127b5575f5ffd5b6127bd611a50565b60208281015182526040808401519183019190915260608301519082015260808201516001600160401b038111156127f3575f5ffd5b6128028a6020838601016123d8565b60608301525060a08201516001600160401b03811115612820575f5ffd5b61282f8a6020838601016123d8565b60808301525060c08201516001600160401b0381111561284d575f5ffd5b61285c8a6020838601016122d0565b60a08301525084525060209283019201612783565b5f82601f830112612880575f5ffd5b815161288e611b2e82612219565b8082825260208201915060208360051b8601019250858311156128af575f5ffd5b602085015b838110156122c65780518352602092830192016128b4565b5f5f5f606084860312156128de575f5ffd5b83516001600160401b038111156128f3575f5ffd5b8401601f81018613612903575f5ffd5b8051612911611b2e82612219565b8082825260208201915060208360051b850101925088831115612932575f5ffd5b602084015b83811015612b315780516001600160401b03811115612954575f5ffd5b85016102c0818c03601f1901121561296a575f5ffd5b612972611a72565b60208201516001600160401b0381111561298a575f5ffd5b6129998d6020838601016122d0565b8252506040828101516020830152606080840151918301919091526080808401519183019190915260a08301519082015260c08201516001600160401b038111156129e2575f5ffd5b6129f18d60208386010161234e565b60a08301525060e08201516001600160401b03811115612a0f575f5ffd5b612a1e8d60208386010161243f565b60c083015250612a328c6101008401612517565b60e08201526102408201516001600160401b03811115612a50575f5ffd5b612a5f8d6020838601016123d8565b610100830152506102608201516001600160401b03811115612a7f575f5ffd5b612a8e8d6020838601016123d8565b610120830152506102808201516001600160401b03811115612aae575f5ffd5b612abd8d6020838601016125d2565b610140830152506102a08201516001600160401b03811115612add575f5ffd5b612aec8d6020838601016126dc565b610160830152506102c08201516001600160401b03811115612b0c575f5ffd5b612b1b8d602083860101612740565b6101808301525084525060209283019201612937565b508096505050505060208401516001600160401b03811115612b51575f5ffd5b612b5d868287016126dc565b92505060408401516001600160401b03811115612b78575f5ffd5b612b8486828701612871565b9150509250925092565b803561225d8161223b565b5f6080828403128015612baa575f5ffd5b50612bb3611a2e565b8235612bbe8161223b565b81526020830135612bce8161223b565b60208201526040830135612be18161223b565b60408201526060830135612bf48161223b565b60608201529392505050565b5f60408284031215612c10575f5ffd5b612c18611a0c565b90508135612c258161223b565b815260209182013591810191909152919050565b5f82601f830112612c48575f5ffd5b8135612c56611b2e82612219565b8082825260208201915060208360061b860101925085831115612c77575f5ffd5b602085015b838110156122c657612c8e8782612c00565b8352602090920191604001612c7c565b5f82601f830112612cad575f5ffd5b8135612cbb611b2e82612219565b8082825260208201915060208360051b860101925085831115612cdc575f5ffd5b602085015b838110156122c6578035612cf48161223b565b835260209283019201612ce1565b5f82601f830112612d11575f5ffd5b8135612d1f611b2e82612219565b8082825260208201915060208360051b860101925085831115612d40575f5ffd5b602085015b838110156122c6578035835260209283019201612d45565b5f82601f830112612d6c575f5ffd5b8135612d7a611b2e82612219565b8082825260208201915060208360051b860101925085831115612d9b575f5ffd5b602085015b838110156122c65780356001600160401b03811115612dbd575f5ffd5b86016080818903601f19011215612dd2575f5ffd5b612dda611a2e565b6020820135612de88161223b565b81526040820135612df88161223b565b60208201526060820135612e0b81612427565b604082015260808201356001600160401b03811115612e28575f5ffd5b612e378a602083860101612c39565b60608301525084525060209283019201612da0565b5f612e59611b2e84612219565b8381526020810190600585901b840136811115612e74575f5ffd5b845b81811015612fdb5780356001600160401b03811115612e93575f5ffd5b8601610140368290031215612ea6575f5ffd5b612eae6119c7565b81358152612ebe60208301612b8e565b6020820152612ecf60408301612b8e565b6040820152612ee060608301612b8e565b6060820152612ef160808301612b8e565b608082015260a08201356001600160401b03811115612f0e575f5ffd5b612f1a36828501612c39565b60a08301525060c08201356001600160401b03811115612f38575f5ffd5b612f4436828501612c9e565b60c08301525060e08201356001600160401b03811115612f62575f5ffd5b612f6e36828501612d02565b60e0830152506101008201356001600160401b03811115612f8d575f5ffd5b612f9936828501612c9e565b610100830152506101208201356001600160401b03811115612fb9575f5ffd5b612fc536828501612d5d565b6101208301525085525060209384019301612e76565b509095945050505050565b5f60408284031215612ff6575f5ffd5b6110d28383612c00565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215613024575f5ffd5b81516110d281612427565b5f6020828403121561303f575f5ffd5b5051919050565b5f60208284031215613056575f5ffd5b81516001600160401b0381111561306b575f5ffd5b6130778482850161243f565b949350505050565b5f6101408284031215613090575f5ffd5b6110d28383612517565b5f602082840312156130aa575f5ffd5b81516001600160401b038111156130bf575f5ffd5b613077848285016123d8565b5f602082840312156130db575f5ffd5b81516001600160401b038111156130f0575f5ffd5b6130778482850161226256";
