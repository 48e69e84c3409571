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
export const haloClassLensBytecode: `0x${string}` = "0x608060405234801561000f575f5ffd5b5060405161235238038061235283398101604081905261002e91611952565b5f808061003d87878787610072565b9250925092505f83838360405160200161005993929190611e2c565b6040516020818303038152906040529050805160208201f35b606080606085516001600160401b0381111561009057610090611439565b6040519080825280602002602001820160405280156100c957816020015b6100b66112d5565b8152602001906001900390816100ae5790505b5092505f5b865181101561012557610100888883815181106100ed576100ed611fc1565b60200260200101516103f160201b60201c565b84828151811061011257610112611fc1565b60209081029190910101526001016100ce565b50865185516001600160401b0381111561014157610141611439565b60405190808252806020026020018201604052801561016a578160200160208202803683370190505b5092505f5b86518110156102e5575f87828151811061018b5761018b611fc1565b602002602001015190505f6001600160a01b0316815f01516001600160a01b0316146102385760208101518151604051638edf830b60e01b81526001600160a01b03861692638edf830b926101f4926004019182526001600160a01b0316602082015260400190565b602060405180830381865afa15801561020f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102339190611fd5565b6102ba565b6020810151815160405163e6780be560e01b81526001600160a01b0386169263e6780be59261027b926004019182526001600160a01b0316602082015260400190565b602060405180830381865afa158015610296573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102ba9190611fd5565b8583815181106102cc576102cc611fc1565b911515602092830291909101909101525060010161016f565b5084516001600160401b038111156102ff576102ff611439565b604051908082528060200260200182016040528015610328578160200160208202803683370190505b5091505f5b85518110156103e55788604001516001600160a01b031663d45c443587838151811061035b5761035b611fc1565b60200260200101516040518263ffffffff1660e01b815260040161038191815260200190565b602060405180830381865afa15801561039c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103c09190611ff5565b8382815181106103d2576103d2611fc1565b602090810291909101015260010161032d565b50509450945094915050565b6103f96112d5565b825160a083015161040990610c7c565b82526020830151604051633d0a63e960e11b81526001600160a01b03918216600482015290821690637a14c7d290602401602060405180830381865afa158015610455573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104799190611ff5565b60208301526040838101519051636d46114f60e11b81526001600160a01b0391821660048201529082169063da8c229e90602401602060405180830381865afa1580156104c8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104ec9190611ff5565b604083810191909152602084015190516309e64d6f60e11b81526001600160a01b039182166004820152908216906313cc9ade90602401602060405180830381865afa15801561053e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105629190611ff5565b6060830152602083015160405163afe6731960e01b81526001600160a01b0391821660048201529082169063afe6731990602401602060405180830381865afa1580156105b1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105d59190611ff5565b608083015260c0830151516001600160401b038111156105f7576105f7611439565b60405190808252806020026020018201604052801561064957816020015b61063660405180606001604052805f81526020015f81526020015f81525090565b8152602001906001900390816106155790505b5060a08301525f5b8360c001515181101561082c575f8460c00151828151811061067557610675611fc1565b602002602001015190506040518060600160405280846001600160a01b031663901bb3f3846040518263ffffffff1660e01b81526004016106c591906001600160a01b0391909116815260200190565b602060405180830381865afa1580156106e0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107049190611ff5565b815260208781015160405163342f66c760e01b81526001600160a01b0391821660048201528582166024820152919092019186169063342f66c790604401602060405180830381865afa15801561075d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107819190611ff5565b81526040808801519051630478194d60e41b81526001600160a01b03918216600482015284821660248201526020909201919086169063478194d090604401602060405180830381865afa1580156107db573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107ff9190611ff5565b8152508460a00151838151811061081857610818611fc1565b602090810291909101015250600101610651565b50825115801590610849575060608401516001600160a01b031615155b156108cb5760608401518351604051636387925960e01b81526001600160a01b03909216916363879259916108849160040190815260200190565b5f60405180830381865afa15801561089e573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526108c59190810190612082565b60c08301525b60608301516001600160a01b0316156109495782606001516001600160a01b0316634da03c8e6040518163ffffffff1660e01b815260040161014060405180830381865afa15801561091f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109439190612180565b60e08301525b60808301516001600160a01b031615610a385782608001516001600160a01b03166306fdde036040518163ffffffff1660e01b81526004015f60405180830381865afa15801561099b573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526109c2919081019061223c565b82610100018190525082608001516001600160a01b03166395d89b416040518163ffffffff1660e01b81526004015f60405180830381865afa158015610a0a573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610a31919081019061223c565b6101208301525b610a518484602001518560e00151610dab60201b60201c565b610140830152610100830151516001600160401b03811115610a7557610a75611439565b604051908082528060200260200182016040528015610a9e578160200160208202803683370190505b506101608301525f5b83610100015151811015610b805783604001516001600160a01b03166363b2b2f08561010001518381518110610adf57610adf611fc1565b60200260200101516040518263ffffffff1660e01b8152600401610b1291906001600160a01b0391909116815260200190565b602060405180830381865afa158015610b2d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b519190611fd5565b8361016001518281518110610b6857610b68611fc1565b91151560209283029190910190910152600101610aa7565b50826101200151516001600160401b03811115610b9f57610b9f611439565b604051908082528060200260200182016040528015610c0657816020015b610bf36040518060c001604052805f81526020015f81526020015f81526020016060815260200160608152602001606081525090565b815260200190600190039081610bbd5790505b506101808301525f5b83610120015151811015610c7457610c4a8461012001518281518110610c3757610c37611fc1565b602002602001015161104160201b60201c565b8361018001518281518110610c6157610c61611fc1565b6020908102919091010152600101610c0f565b505092915050565b606081516001600160401b03811115610c9757610c97611439565b604051908082528060200260200182016040528015610cca57816020015b6060815260200190600190039081610cb55790505b5090505f5b8251811015610da557828181518110610cea57610cea611fc1565b60200260200101515f01516001600160a01b031663a3246ad3848381518110610d1557610d15611fc1565b6020026020010151602001516040518263ffffffff1660e01b8152600401610d3f91815260200190565b5f60405180830381865afa158015610d59573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610d809190810190612288565b828281518110610d9257610d92611fc1565b6020908102919091010152600101610ccf565b50919050565b82518151606091906001600160401b03811115610dca57610dca611439565b604051908082528060200260200182016040528015610e0357816020015b610df06113cf565b815260200190600190039081610de85790505b5091505f5b8351811015611038575f848281518110610e2457610e24611fc1565b602002602001015190505f848381518110610e4157610e41611fc1565b60200260200101519050836001600160a01b0316637407af0583896040518363ffffffff1660e01b8152600401610e8b9291909182526001600160a01b0316602082015260400190565b6040805180830381865afa158015610ea5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ec991906122b9565b60208301528152604051633ae42bbd60e01b8152600481018390526001600160a01b038881166024830152851690633ae42bbd906044016040805180830381865afa158015610f1a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f3e91906122db565b6040828101919091525160016221581760e21b03198152600481018390526001600160a01b0388169063ff7a9fa490602401608060405180830381865afa158015610f8b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610faf919061230c565b6060820152602088015160405163bd6dfa8360e01b81526001600160a01b038981166004830152602482018590529091169063bd6dfa8390604401602060405180830381865afa158015611005573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110299190611ff5565b60809091015250600101610e08565b50509392505050565b6110776040518060c001604052805f81526020015f81526020015f81526020016060815260200160608152602001606081525090565b81516001600160a01b03161561115b57815f01516001600160a01b0316635cfc1a516040518163ffffffff1660e01b8152600401602060405180830381865afa1580156110c6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110ea9190611ff5565b815f018181525050815f01516001600160a01b03166341b3d1856040518163ffffffff1660e01b8152600401602060405180830381865afa158015611131573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111559190611ff5565b60208201525b60208201516001600160a01b0316156112bd5781602001516001600160a01b0316637a234a6f6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156111ae573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111d29190611ff5565b604080830191909152820151156112bd5781602001516001600160a01b03166306fdde036040518163ffffffff1660e01b81526004015f60405180830381865afa158015611222573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052611249919081019061223c565b816060018190525081602001516001600160a01b03166395d89b416040518163ffffffff1660e01b81526004015f60405180830381865afa158015611290573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526112b7919081019061223c565b60808201525b60608201516112cb90610c7c565b60a0820152919050565b604051806101a00160405280606081526020015f81526020015f81526020015f81526020015f8152602001606081526020016113536040518061010001604052805f81526020015f6001600160a01b031681526020015f8152602001606081526020015f81526020015f81526020015f81526020015f151581525090565b815260408051610140810182525f8082526020828101829052928201819052606082018190526080820181905260a0820181905260c0820181905260e082018190526101008201819052610120820152910190815260200160608152602001606081526020016060815260200160608152602001606081525090565b6040518060a001604052805f81526020015f815260200161140160405180604001604052805f81526020015f81525090565b815260200161142d60405180608001604052805f81526020015f81526020015f81526020015f81525090565b81526020015f81525090565b634e487b7160e01b5f52604160045260245ffd5b604080519081016001600160401b038111828210171561146f5761146f611439565b60405290565b604051608081016001600160401b038111828210171561146f5761146f611439565b60405161014081016001600160401b038111828210171561146f5761146f611439565b60405161010081016001600160401b038111828210171561146f5761146f611439565b604051601f8201601f191681016001600160401b038111828210171561150557611505611439565b604052919050565b80516001600160a01b0381168114611523575f5ffd5b919050565b5f6001600160401b0382111561154057611540611439565b5060051b60200190565b5f82601f830112611559575f5ffd5b8151602083015f61157161156c84611528565b6114dd565b83815260069390931b8201929050602081018684111561158f575f5ffd5b838310156115d5575f604084890312156115a7575f5ffd5b6115af61144d565b90506115ba8461150d565b8152602084810151818301529082526040909301920161158f565b5095945050505050565b5f82601f8301126115ee575f5ffd5b81516115fc61156c82611528565b8082825260208201915060208360051b86010192508583111561161d575f5ffd5b602085015b838110156115d5576116338161150d565b835260209283019201611622565b5f82601f830112611650575f5ffd5b815161165e61156c82611528565b8082825260208201915060208360051b86010192508583111561167f575f5ffd5b602085015b838110156115d5578051835260209283019201611684565b80518015158114611523575f5ffd5b5f82601f8301126116ba575f5ffd5b81516116c861156c82611528565b8082825260208201915060208360051b8601019250858311156116e9575f5ffd5b602085015b838110156115d55780516001600160401b0381111561170b575f5ffd5b86016080818903601f19011215611720575f5ffd5b611728611475565b6117346020830161150d565b81526117426040830161150d565b60208201526117536060830161169c565b604082015260808201516001600160401b03811115611770575f5ffd5b61177f8a60208386010161154a565b606083015250845250602092830192016116ee565b5f82601f8301126117a3575f5ffd5b81516117b161156c82611528565b8082825260208201915060208360051b8601019250858311156117d2575f5ffd5b602085015b838110156115d55780516001600160401b038111156117f4575f5ffd5b8601610140818903601f1901121561180a575f5ffd5b611812611497565b602082015181526118256040830161150d565b60208201526118366060830161150d565b60408201526118476080830161150d565b606082015261185860a0830161150d565b608082015260c08201516001600160401b03811115611875575f5ffd5b6118848a60208386010161154a565b60a08301525060e08201516001600160401b038111156118a2575f5ffd5b6118b18a6020838601016115df565b60c0830152506101008201516001600160401b038111156118d0575f5ffd5b6118df8a602083860101611641565b60e0830152506101208201516001600160401b038111156118fe575f5ffd5b61190d8a6020838601016115df565b610100830152506101408201516001600160401b0381111561192d575f5ffd5b61193c8a6020838601016116ab565b61012083015250845250602092830192016117d7565b5f5f5f5f84860360e0811215611966575f5ffd5b6080811215611973575f5ffd5b5061197c611475565b6119858661150d565b81526119936020870161150d565b60208201526119a46040870161150d565b60408201526119b56060870161150d565b606082015260808601519094506001600160401b038111156119d5575f5ffd5b6119e187828801611794565b60a087015190945090506001600160401b038111156119fe575f5ffd5b611a0a8782880161154a565b60c087015190935090506001600160401b03811115611a27575f5ffd5b611a3387828801611641565b91505092959194509250565b5f82825180855260208501945060208160051b830101602085015f5b83811015611abe57848303601f19018852815180518085526020918201918501905f5b81811015611aa55783516001600160a01b0316835260209384019390920191600101611a7e565b50506020998a0199909450929092019150600101611a5b565b50909695505050505050565b5f8151808452602084019350602083015f5b82811015611b1657815180518752602081015160208801526040810151604088015250606086019550602082019150600181019050611adc565b5093949350505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b8051825260018060a01b036020820151166020830152604081015160408301525f60608201516101006060850152611b8a610100850182611b20565b90506080830151608085015260a083015160a085015260c083015160c085015260e0830151151560e08501528091505092915050565b80516001600160401b031682526020810151611be760208401826001600160401b03169052565b506040810151611c0260408401826001600160801b03169052565b506060810151611c1d60608401826001600160801b03169052565b506080810151611c35608084018263ffffffff169052565b5060a0810151611c4d60a084018263ffffffff169052565b5060c0810151611c6160c084018215159052565b5060e0810151611c7560e084018215159052565b50610100818101519083015261012090810151910152565b5f8151808452602084019350602083015f5b82811015611b1657815180518752602081015160208801526040810151805160408901526020810151606089015250606081015180516080890152602081015160a0890152604081015160c0890152606081015160e08901525060808101516101008801525061012086019550602082019150600181019050611c9f565b5f8151808452602084019350602083015f5b82811015611b165781511515865260209586019590910190600101611d2f565b5f82825180855260208501945060208160051b830101602085015f5b83811015611abe57601f198584030188528151805184526020810151602085015260408101516040850152606081015160c06060860152611daf60c0860182611b20565b905060808201518582036080870152611dc88282611b20565b91505060a0820151915084810360a0860152611de48183611a3f565b60209a8b019a90955093909301925050600101611d6b565b5f8151808452602084019350602083015f5b82811015611b16578151865260209586019590910190600101611e0e565b5f606082016060835280865180835260808501915060808160051b8601019250602088015f5b82811015611f8d57607f19878603018452815180516102c08752611e7a6102c0880182611a3f565b90506020820151602088015260408201516040880152606082015160608801526080820151608088015260a082015187820360a0890152611ebb8282611aca565b91505060c082015187820360c0890152611ed58282611b4e565b91505060e0820151611eea60e0890182611bc0565b50610100820151878203610220890152611f048282611b20565b915050610120820151878203610240890152611f208282611b20565b915050610140820151878203610260890152611f3c8282611c8d565b915050610160820151878203610280890152611f588282611d1d565b91505061018082015191508681036102a0880152611f768183611d4f565b965050506020938401939190910190600101611e52565b505050508281036020840152611fa38186611d1d565b90508281036040840152611fb78185611dfc565b9695505050505050565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215611fe5575f5ffd5b611fee8261169c565b9392505050565b5f60208284031215612005575f5ffd5b5051919050565b5f806001600160401b0384111561202557612025611439565b50601f8301601f191660200161203a816114dd565b91505082815283838301111561204e575f5ffd5b8282602083015e5f602084830101529392505050565b5f82601f830112612073575f5ffd5b611fee8383516020850161200c565b5f60208284031215612092575f5ffd5b81516001600160401b038111156120a7575f5ffd5b820161010081850312156120b9575f5ffd5b6120c16114ba565b815181526120d16020830161150d565b60208201526040828101519082015260608201516001600160401b038111156120f8575f5ffd5b61210486828501612064565b6060830152506080828101519082015260a0808301519082015260c0808301519082015261213460e0830161169c565b60e0820152949350505050565b80516001600160401b0381168114611523575f5ffd5b80516001600160801b0381168114611523575f5ffd5b805163ffffffff81168114611523575f5ffd5b5f610140828403128015612192575f5ffd5b5061219b611497565b6121a483612141565b81526121b260208401612141565b60208201526121c360408401612157565b60408201526121d460608401612157565b60608201526121e56080840161216d565b60808201526121f660a0840161216d565b60a082015261220760c0840161169c565b60c082015261221860e0840161169c565b60e08201526101008381015190820152610120928301519281019290925250919050565b5f6020828403121561224c575f5ffd5b81516001600160401b03811115612261575f5ffd5b8201601f81018413612271575f5ffd5b6122808482516020840161200c565b949350505050565b5f60208284031215612298575f5ffd5b81516001600160401b038111156122ad575f5ffd5b612280848285016115df565b5f5f604083850312156122ca575f5ffd5b505080516020909101519092909150565b5f60408284031280156122ec575f5ffd5b506122f561144d565b825181526020928301519281019290925250919050565b5f608082840312801561231d575f5ffd5b50612326611475565b825181526020808401519082015260408084015190820152606092830151928101929092525091905056fe";

/** Runtime (deployed) bytecode. */
export const haloClassLensRuntimeBytecode: `0x${string}` = "0x608060405234801561000f575f5ffd5b506004361061003f575f3560e01c806362b0ae871461004357806370cf38eb1461006c578063ce05172e1461008e575b5f5ffd5b610056610051366004611fdc565b6100a1565b6040516100639190612083565b60405180910390f35b61007f61007a3660046120dc565b6100d4565b6040516100639392919061257f565b61005661009c3660046120dc565b610191565b60605f5f5f848060200190518101906100ba9190612dd7565b9250925092506100cb83838361025c565b95945050505050565b6060808061017e6100ea368c90038c018c6130a4565b6100f48a8c613357565b8989808060200260200160405190810160405280939291908181526020015f905b8282101561014157610132604083028601368190038101906134f1565b81526020019060010190610115565b50505050508888808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525061036592505050565b9250925092509750975097945050505050565b60605f808061023c6101a8368d90038d018d6130a4565b6101b28b8d613357565b8a8a808060200260200160405190810160405280939291908181526020015f905b828210156101ff576101f0604083028601368190038101906134f1565b815260200190600101906101d3565b50505050508989808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525061036592505050565b92509250925061024d83838361025c565b9b9a5050505050505050505050565b60605f61026b60405160200190565b90505f61027b82875160046106de565b90505f5b86518110156102b5576102ab8288838151811061029e5761029e61350b565b60200260200101516106fe565b915060010161027f565b506102c381865160046106de565b90505f5b85518110156102fd576102f3828783815181106102e6576102e661350b565b6020026020010151610943565b91506001016102c7565b5061030b81855160046106de565b90505f5b84518110156103455761033b8286838151811061032e5761032e61350b565b6020026020010151610967565b915060010161030f565b50818103601f19808401918252601f8301166040525b9695505050505050565b606080606085516001600160401b0381111561038357610383611e59565b6040519080825280602002602001820160405280156103bc57816020015b6103a9611cf5565b8152602001906001900390816103a15790505b5092505f5b8651811015610412576103ed888883815181106103e0576103e061350b565b6020026020010151610a48565b8482815181106103ff576103ff61350b565b60209081029190910101526001016103c1565b50865185516001600160401b0381111561042e5761042e611e59565b604051908082528060200260200182016040528015610457578160200160208202803683370190505b5092505f5b86518110156105d2575f8782815181106104785761047861350b565b602002602001015190505f6001600160a01b0316815f01516001600160a01b0316146105255760208101518151604051638edf830b60e01b81526001600160a01b03861692638edf830b926104e1926004019182526001600160a01b0316602082015260400190565b602060405180830381865afa1580156104fc573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610520919061351f565b6105a7565b6020810151815160405163e6780be560e01b81526001600160a01b0386169263e6780be592610568926004019182526001600160a01b0316602082015260400190565b602060405180830381865afa158015610583573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105a7919061351f565b8583815181106105b9576105b961350b565b911515602092830291909101909101525060010161045c565b5084516001600160401b038111156105ec576105ec611e59565b604051908082528060200260200182016040528015610615578160200160208202803683370190505b5091505f5b85518110156106d25788604001516001600160a01b031663d45c44358783815181106106485761064861350b565b60200260200101516040518263ffffffff1660e01b815260040161066e91815260200190565b602060405180830381865afa158015610689573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106ad919061353a565b8382815181106106bf576106bf61350b565b602090810291909101015260010161061a565b50509450945094915050565b600881026101000382901b83525f6106f68285613565565b949350505050565b5f61070c83835f01516112c7565b925061071c838360200151610967565b925061072c838360400151610967565b925061073c838360600151610967565b925061074c838360800151610967565b925061075f838360a001515160046106de565b92505f5b8260a00151518110156107fe5761079a848460a00151838151811061078a5761078a61350b565b60200260200101515f0151610967565b93506107c7848460a0015183815181106107b6576107b661350b565b602002602001015160200151610967565b93506107f4848460a0015183815181106107e3576107e361350b565b602002602001015160400151610967565b9350600101610763565b5061080d838360c00151611350565b925061081d838360e001516113ce565b925061082e8383610100015161149e565b925061083f8383610120015161149e565b9250610853838361014001515160046106de565b92505f5b826101400151518110156108975761088d8484610140015183815181106108805761088061350b565b60200260200101516114c1565b9350600101610857565b506108aa838361016001515160046106de565b92505f5b826101600151518110156108e1576108d78484610160015183815181106102e6576102e661350b565b93506001016108ae565b506108f4838361018001515160046106de565b92505f5b826101800151518110156109385761092e8484610180015183815181106109215761092161350b565b6020026020010151611565565b93506001016108f8565b508290505b92915050565b5f6109608383610953575f610956565b60015b60ff1660016106de565b9392505050565b5f8181608082901c156109895760809190911c90610986601082613565565b90505b604082901c156109a85760409190911c906109a5600882613565565b90505b602082901c156109c75760209190911c906109c4600482613565565b90505b601082901c156109e65760109190911c906109e3600282613565565b90505b600882901c15610a055760089190911c90610a02600182613565565b90505b8115610a1957610a16600182613565565b90505b8085538015610a32578360088202610100031b60018601525b80610a3e866001613565565b6100cb9190613565565b610a50611cf5565b825160a0830151610a60906115c3565b82526020830151604051633d0a63e960e11b81526001600160a01b03918216600482015290821690637a14c7d290602401602060405180830381865afa158015610aac573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ad0919061353a565b60208301526040838101519051636d46114f60e11b81526001600160a01b0391821660048201529082169063da8c229e90602401602060405180830381865afa158015610b1f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b43919061353a565b604083810191909152602084015190516309e64d6f60e11b81526001600160a01b039182166004820152908216906313cc9ade90602401602060405180830381865afa158015610b95573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bb9919061353a565b6060830152602083015160405163afe6731960e01b81526001600160a01b0391821660048201529082169063afe6731990602401602060405180830381865afa158015610c08573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c2c919061353a565b608083015260c0830151516001600160401b03811115610c4e57610c4e611e59565b604051908082528060200260200182016040528015610ca057816020015b610c8d60405180606001604052805f81526020015f81526020015f81525090565b815260200190600190039081610c6c5790505b5060a08301525f5b8360c0015151811015610e83575f8460c001518281518110610ccc57610ccc61350b565b602002602001015190506040518060600160405280846001600160a01b031663901bb3f3846040518263ffffffff1660e01b8152600401610d1c91906001600160a01b0391909116815260200190565b602060405180830381865afa158015610d37573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d5b919061353a565b815260208781015160405163342f66c760e01b81526001600160a01b0391821660048201528582166024820152919092019186169063342f66c790604401602060405180830381865afa158015610db4573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610dd8919061353a565b81526040808801519051630478194d60e41b81526001600160a01b03918216600482015284821660248201526020909201919086169063478194d090604401602060405180830381865afa158015610e32573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e56919061353a565b8152508460a001518381518110610e6f57610e6f61350b565b602090810291909101015250600101610ca8565b50825115801590610ea0575060608401516001600160a01b031615155b15610f225760608401518351604051636387925960e01b81526001600160a01b0390921691636387925991610edb9160040190815260200190565b5f60405180830381865afa158015610ef5573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610f1c9190810190613578565b60c08301525b60608301516001600160a01b031615610fa05782606001516001600160a01b0316634da03c8e6040518163ffffffff1660e01b815260040161014060405180830381865afa158015610f76573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f9a91906135a9565b60e08301525b60808301516001600160a01b03161561108f5782608001516001600160a01b03166306fdde036040518163ffffffff1660e01b81526004015f60405180830381865afa158015610ff2573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261101991908101906135c4565b82610100018190525082608001516001600160a01b03166395d89b416040518163ffffffff1660e01b81526004015f60405180830381865afa158015611061573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261108891908101906135c4565b6101208301525b6110a28484602001518560e001516116f2565b610140830152610100830151516001600160401b038111156110c6576110c6611e59565b6040519080825280602002602001820160405280156110ef578160200160208202803683370190505b506101608301525f5b836101000151518110156111d15783604001516001600160a01b03166363b2b2f085610100015183815181106111305761113061350b565b60200260200101516040518263ffffffff1660e01b815260040161116391906001600160a01b0391909116815260200190565b602060405180830381865afa15801561117e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111a2919061351f565b83610160015182815181106111b9576111b961350b565b911515602092830291909101909101526001016110f8565b50826101200151516001600160401b038111156111f0576111f0611e59565b60405190808252806020026020018201604052801561125757816020015b6112446040518060c001604052805f81526020015f81526020015f81526020016060815260200160608152602001606081525090565b81526020019060019003908161120e5790505b506101808301525f5b836101200151518110156112bf5761129584610120015182815181106112885761128861350b565b6020026020010151611988565b83610180015182815181106112ac576112ac61350b565b6020908102919091010152600101611260565b505092915050565b5f6112d583835160046106de565b92505f5b8251811015610938575f8382815181106112f5576112f561350b565b6020026020010151905061130c85825160046106de565b94505f5b81518110156113465761133c8683838151811061132f5761132f61350b565b6020026020010151611c1b565b9550600101611310565b50506001016112d9565b5f61135e83835f0151611c2e565b925061136e838360200151611c1b565b925061137e838360400151610967565b925061138e83836060015161149e565b925061139e838360800151611c2e565b92506113ae838360a00151611c2e565b92506113be838360c00151610967565b9250610960838360e00151610943565b5f6113e583835f01516001600160401b0316610967565b92506113fe8383602001516001600160401b0316610967565b92506114178383604001516001600160801b0316610967565b92506114308383606001516001600160801b0316610967565b925061144683836080015163ffffffff16610967565b925061145c838360a0015163ffffffff16610967565b925061146c838360c00151610943565b925061147c838360e00151610943565b925061148d83836101000151611c2e565b925061096083836101200151611c2e565b80515f906114ae848260046106de565b93508060208401855e6106f68185613565565b5f6114cf83835f0151610967565b92506114df838360200151610967565b92506114f28383604001515f0151610967565b925061150683836040015160200151610967565b92506115198383606001515f0151610967565b925061152d83836060015160200151610967565b925061154183836060015160400151610967565b925061155583836060015160600151610967565b9250610960838360800151610967565b5f61157383835f0151610967565b9250611583838360200151610967565b9250611593838360400151610967565b92506115a383836060015161149e565b92506115b383836080015161149e565b9250610960838360a001516112c7565b606081516001600160401b038111156115de576115de611e59565b60405190808252806020026020018201604052801561161157816020015b60608152602001906001900390816115fc5790505b5090505f5b82518110156116ec578281815181106116315761163161350b565b60200260200101515f01516001600160a01b031663a3246ad384838151811061165c5761165c61350b565b6020026020010151602001516040518263ffffffff1660e01b815260040161168691815260200190565b5f60405180830381865afa1580156116a0573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526116c791908101906135f5565b8282815181106116d9576116d961350b565b6020908102919091010152600101611616565b50919050565b82518151606091906001600160401b0381111561171157611711611e59565b60405190808252806020026020018201604052801561174a57816020015b611737611def565b81526020019060019003908161172f5790505b5091505f5b835181101561197f575f84828151811061176b5761176b61350b565b602002602001015190505f8483815181106117885761178861350b565b60200260200101519050836001600160a01b0316637407af0583896040518363ffffffff1660e01b81526004016117d29291909182526001600160a01b0316602082015260400190565b6040805180830381865afa1580156117ec573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118109190613626565b60208301528152604051633ae42bbd60e01b8152600481018390526001600160a01b038881166024830152851690633ae42bbd906044016040805180830381865afa158015611861573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118859190613648565b6040828101919091525160016221581760e21b03198152600481018390526001600160a01b0388169063ff7a9fa490602401608060405180830381865afa1580156118d2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118f69190613662565b6060820152602088015160405163bd6dfa8360e01b81526001600160a01b038981166004830152602482018590529091169063bd6dfa8390604401602060405180830381865afa15801561194c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611970919061353a565b6080909101525060010161174f565b50509392505050565b6119be6040518060c001604052805f81526020015f81526020015f81526020016060815260200160608152602001606081525090565b81516001600160a01b031615611aa257815f01516001600160a01b0316635cfc1a516040518163ffffffff1660e01b8152600401602060405180830381865afa158015611a0d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a31919061353a565b815f018181525050815f01516001600160a01b03166341b3d1856040518163ffffffff1660e01b8152600401602060405180830381865afa158015611a78573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a9c919061353a565b60208201525b60208201516001600160a01b031615611c045781602001516001600160a01b0316637a234a6f6040518163ffffffff1660e01b8152600401602060405180830381865afa158015611af5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b19919061353a565b60408083019190915282015115611c045781602001516001600160a01b03166306fdde036040518163ffffffff1660e01b81526004015f60405180830381865afa158015611b69573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052611b9091908101906135c4565b816060018190525081602001516001600160a01b03166395d89b416040518163ffffffff1660e01b81526004015f60405180830381865afa158015611bd7573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052611bfe91908101906135c4565b60808201525b611c1182606001516115c3565b60a0820152919050565b606081901b82525f610960836014613565565b5f81818115611cde575060206001600160801b0382165f03611c5f5760809190911c90611c5c60108261367c565b90505b816001600160401b03165f03611c845760409190911c90611c8160088261367c565b90505b8163ffffffff165f03611ca65760209190911c90611ca360048261367c565b90505b8161ffff165f03611cc65760109190911c90611cc360028261367c565b90505b8160ff165f03611cde57611cdb60018261367c565b90505b80855383600186015280856001610a3e9190613565565b604051806101a00160405280606081526020015f81526020015f81526020015f81526020015f815260200160608152602001611d736040518061010001604052805f81526020015f6001600160a01b031681526020015f8152602001606081526020015f81526020015f81526020015f81526020015f151581525090565b815260408051610140810182525f8082526020828101829052928201819052606082018190526080820181905260a0820181905260c0820181905260e082018190526101008201819052610120820152910190815260200160608152602001606081526020016060815260200160608152602001606081525090565b6040518060a001604052805f81526020015f8152602001611e2160405180604001604052805f81526020015f81525090565b8152602001611e4d60405180608001604052805f81526020015f81526020015f81526020015f81525090565b81526020015f81525090565b634e487b7160e01b5f52604160045260245ffd5b604051606081016001600160401b0381118282101715611e8f57611e8f611e59565b60405290565b60405161010081016001600160401b0381118282101715611e8f57611e8f611e59565b60405161014081016001600160401b0381118282101715611e8f57611e8f611e59565b604080519081016001600160401b0381118282101715611e8f57611e8f611e59565b604051608081016001600160401b0381118282101715611e8f57611e8f611e59565b60405160a081016001600160401b0381118282101715611e8f57611e8f611e59565b60405160c081016001600160401b0381118282101715611e8f57611e8f611e59565b6040516101a081016001600160401b0381118282101715611e8f57611e8f611e59565b604051601f8201601f191681016001600160401b0381118282101715611fae57611fae611e59565b604052919050565b5f6001600160401b03821115611fce57611fce611e59565b50601f01601f191660200190565b5f60208284031215611fec575f5ffd5b81356001600160401b03811115612001575f5ffd5b8201601f81018413612011575f5ffd5b803561202461201f82611fb6565b611f86565b818152856020838501011115612038575f5ffd5b816020840160208301375f91810160200191909152949350505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6109606020830184612055565b5f5f83601f8401126120a5575f5ffd5b5081356001600160401b038111156120bb575f5ffd5b6020830191508360208260051b85010111156120d5575f5ffd5b9250929050565b5f5f5f5f5f5f5f87890360e08112156120f3575f5ffd5b6080811215612100575f5ffd5b5087965060808801356001600160401b0381111561211c575f5ffd5b6121288a828b01612095565b90975095505060a08801356001600160401b03811115612146575f5ffd5b8801601f81018a13612156575f5ffd5b80356001600160401b0381111561216b575f5ffd5b8a60208260061b840101111561217f575f5ffd5b6020919091019450925060c08801356001600160401b038111156121a1575f5ffd5b6121ad8a828b01612095565b989b979a50959850939692959293505050565b5f82825180855260208501945060208160051b830101602085015f5b8381101561223f57848303601f19018852815180518085526020918201918501905f5b818110156122265783516001600160a01b03168352602093840193909201916001016121ff565b50506020998a01999094509290920191506001016121dc565b50909695505050505050565b5f8151808452602084019350602083015f5b828110156122975781518051875260208101516020880152604081015160408801525060608601955060208201915060018101905061225d565b5093949350505050565b8051825260018060a01b036020820151166020830152604081015160408301525f606082015161010060608501526122dd610100850182612055565b90506080830151608085015260a083015160a085015260c083015160c085015260e0830151151560e08501528091505092915050565b80516001600160401b03168252602081015161233a60208401826001600160401b03169052565b50604081015161235560408401826001600160801b03169052565b50606081015161237060608401826001600160801b03169052565b506080810151612388608084018263ffffffff169052565b5060a08101516123a060a084018263ffffffff169052565b5060c08101516123b460c084018215159052565b5060e08101516123c860e084018215159052565b50610100818101519083015261012090810151910152565b5f8151808452602084019350602083015f5b8281101561229757815180518752602081015160208801526040810151805160408901526020810151606089015250606081015180516080890152602081015160a0890152604081015160c0890152606081015160e089015250608081015161010088015250610120860195506020820191506001810190506123f2565b5f8151808452602084019350602083015f5b828110156122975781511515865260209586019590910190600101612482565b5f82825180855260208501945060208160051b830101602085015f5b8381101561223f57601f198584030188528151805184526020810151602085015260408101516040850152606081015160c0606086015261250260c0860182612055565b90506080820151858203608087015261251b8282612055565b91505060a0820151915084810360a086015261253781836121c0565b60209a8b019a909550939093019250506001016124be565b5f8151808452602084019350602083015f5b82811015612297578151865260209586019590910190600101612561565b5f606082016060835280865180835260808501915060808160051b8601019250602088015f5b828110156126e057607f19878603018452815180516102c087526125cd6102c08801826121c0565b90506020820151602088015260408201516040880152606082015160608801526080820151608088015260a082015187820360a089015261260e828261224b565b91505060c082015187820360c089015261262882826122a1565b91505060e082015161263d60e0890182612313565b506101008201518782036102208901526126578282612055565b9150506101208201518782036102408901526126738282612055565b91505061014082015187820361026089015261268f82826123e0565b9150506101608201518782036102808901526126ab8282612470565b91505061018082015191508681036102a08801526126c981836124a2565b9650505060209384019391909101906001016125a5565b5050505082810360208401526126f68186612470565b9050828103604084015261035b818561254f565b5f6001600160401b0382111561272257612722611e59565b5060051b60200190565b6001600160a01b0381168114612740575f5ffd5b50565b805161274e8161272c565b919050565b5f82601f830112612762575f5ffd5b815161277061201f8261270a565b8082825260208201915060208360051b860101925085831115612791575f5ffd5b602085015b838110156127b75780516127a98161272c565b835260209283019201612796565b5095945050505050565b5f82601f8301126127d0575f5ffd5b81516127de61201f8261270a565b8082825260208201915060208360051b8601019250858311156127ff575f5ffd5b602085015b838110156127b75780516001600160401b03811115612821575f5ffd5b612830886020838a0101612753565b84525060209283019201612804565b5f82601f83011261284e575f5ffd5b815161285c61201f8261270a565b8082825260208201915060206060840286010192508583111561287d575f5ffd5b602085015b838110156127b75760608188031215612899575f5ffd5b6128a1611e6d565b8151815260208083015181830152604080840151908301529084529290920191606001612882565b5f82601f8301126128d8575f5ffd5b8151602083015f6128eb61201f84611fb6565b90508281528583830111156128fe575f5ffd5b8282602083015e5f92810160200192909252509392505050565b8015158114612740575f5ffd5b805161274e81612918565b5f6101008284031215612941575f5ffd5b612949611e95565b82518152905061295b60208301612743565b60208201526040828101519082015260608201516001600160401b03811115612982575f5ffd5b61298e848285016128c9565b6060830152506080828101519082015260a0808301519082015260c080830151908201526129be60e08301612925565b60e082015292915050565b80516001600160401b038116811461274e575f5ffd5b80516001600160801b038116811461274e575f5ffd5b805163ffffffff8116811461274e575f5ffd5b5f6101408284031215612a19575f5ffd5b612a21611eb8565b9050612a2c826129c9565b8152612a3a602083016129c9565b6020820152612a4b604083016129df565b6040820152612a5c606083016129df565b6060820152612a6d608083016129f5565b6080820152612a7e60a083016129f5565b60a0820152612a8f60c08301612925565b60c0820152612aa060e08301612925565b60e082015261010082810151908201526101209182015191810191909152919050565b5f60408284031215612ad3575f5ffd5b612adb611edb565b825181526020928301519281019290925250919050565b5f60808284031215612b02575f5ffd5b612b0a611efd565b8251815260208084015190820152604080840151908201526060928301519281019290925250919050565b5f82601f830112612b44575f5ffd5b8151612b5261201f8261270a565b8082825260208201915060206101208402860101925085831115612b74575f5ffd5b602085015b838110156127b7576101208188031215612b91575f5ffd5b612b99611f1f565b8151815260208083015190820152612bb48860408401612ac3565b6040820152612bc68860808401612af2565b60608201526101008201516080820152835260209092019161012001612b79565b5f82601f830112612bf6575f5ffd5b8151612c0461201f8261270a565b8082825260208201915060208360051b860101925085831115612c25575f5ffd5b602085015b838110156127b7578051612c3d81612918565b835260209283019201612c2a565b5f82601f830112612c5a575f5ffd5b8151612c6861201f8261270a565b8082825260208201915060208360051b860101925085831115612c89575f5ffd5b602085015b838110156127b75780516001600160401b03811115612cab575f5ffd5b860160c0818903601f19011215612cc0575f5ffd5b612cc8611f41565b60208281015182526040808401519183019190915260608301519082015260808201516001600160401b03811115612cfe575f5ffd5b612d0d8a6020838601016128c9565b60608301525060a08201516001600160401b03811115612d2b575f5ffd5b612d3a8a6020838601016128c9565b60808301525060c08201516001600160401b03811115612d58575f5ffd5b612d678a6020838601016127c1565b60a08301525084525060209283019201612c8e565b5f82601f830112612d8b575f5ffd5b8151612d9961201f8261270a565b8082825260208201915060208360051b860101925085831115612dba575f5ffd5b602085015b838110156127b7578051835260209283019201612dbf565b5f5f5f60608486031215612de9575f5ffd5b83516001600160401b03811115612dfe575f5ffd5b8401601f81018613612e0e575f5ffd5b8051612e1c61201f8261270a565b8082825260208201915060208360051b850101925088831115612e3d575f5ffd5b602084015b8381101561303c5780516001600160401b03811115612e5f575f5ffd5b85016102c0818c03601f19011215612e75575f5ffd5b612e7d611f63565b60208201516001600160401b03811115612e95575f5ffd5b612ea48d6020838601016127c1565b8252506040828101516020830152606080840151918301919091526080808401519183019190915260a08301519082015260c08201516001600160401b03811115612eed575f5ffd5b612efc8d60208386010161283f565b60a08301525060e08201516001600160401b03811115612f1a575f5ffd5b612f298d602083860101612930565b60c083015250612f3d8c6101008401612a08565b60e08201526102408201516001600160401b03811115612f5b575f5ffd5b612f6a8d6020838601016128c9565b610100830152506102608201516001600160401b03811115612f8a575f5ffd5b612f998d6020838601016128c9565b610120830152506102808201516001600160401b03811115612fb9575f5ffd5b612fc88d602083860101612b35565b610140830152506102a08201516001600160401b03811115612fe8575f5ffd5b612ff78d602083860101612be7565b610160830152506102c08201516001600160401b03811115613017575f5ffd5b6130268d602083860101612c4b565b6101808301525084525060209283019201612e42565b508096505050505060208401516001600160401b0381111561305c575f5ffd5b61306886828701612be7565b92505060408401516001600160401b03811115613083575f5ffd5b61308f86828701612d7c565b9150509250925092565b803561274e8161272c565b5f60808284031280156130b5575f5ffd5b506130be611efd565b82356130c98161272c565b815260208301356130d98161272c565b602082015260408301356130ec8161272c565b604082015260608301356130ff8161272c565b60608201529392505050565b5f6040828403121561311b575f5ffd5b613123611edb565b905081356131308161272c565b815260209182013591810191909152919050565b5f82601f830112613153575f5ffd5b813561316161201f8261270a565b8082825260208201915060208360061b860101925085831115613182575f5ffd5b602085015b838110156127b757613199878261310b565b8352602090920191604001613187565b5f82601f8301126131b8575f5ffd5b81356131c661201f8261270a565b8082825260208201915060208360051b8601019250858311156131e7575f5ffd5b602085015b838110156127b75780356131ff8161272c565b8352602092830192016131ec565b5f82601f83011261321c575f5ffd5b813561322a61201f8261270a565b8082825260208201915060208360051b86010192508583111561324b575f5ffd5b602085015b838110156127b7578035835260209283019201613250565b5f82601f830112613277575f5ffd5b813561328561201f8261270a565b8082825260208201915060208360051b8601019250858311156132a6575f5ffd5b602085015b838110156127b75780356001600160401b038111156132c8575f5ffd5b86016080818903601f190112156132dd575f5ffd5b6132e5611efd565b60208201356132f38161272c565b815260408201356133038161272c565b6020820152606082013561331681612918565b604082015260808201356001600160401b03811115613333575f5ffd5b6133428a602083860101613144565b606083015250845250602092830192016132ab565b5f61336461201f8461270a565b8381526020810190600585901b84013681111561337f575f5ffd5b845b818110156134e65780356001600160401b0381111561339e575f5ffd5b86016101403682900312156133b1575f5ffd5b6133b9611eb8565b813581526133c960208301613099565b60208201526133da60408301613099565b60408201526133eb60608301613099565b60608201526133fc60808301613099565b608082015260a08201356001600160401b03811115613419575f5ffd5b61342536828501613144565b60a08301525060c08201356001600160401b03811115613443575f5ffd5b61344f368285016131a9565b60c08301525060e08201356001600160401b0381111561346d575f5ffd5b6134793682850161320d565b60e0830152506101008201356001600160401b03811115613498575f5ffd5b6134a4368285016131a9565b610100830152506101208201356001600160401b038111156134c4575f5ffd5b6134d036828501613268565b6101208301525085525060209384019301613381565b509095945050505050565b5f60408284031215613501575f5ffd5b610960838361310b565b634e487b7160e01b5f52603260045260245ffd5b5f6020828403121561352f575f5ffd5b815161096081612918565b5f6020828403121561354a575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561093d5761093d613551565b5f60208284031215613588575f5ffd5b81516001600160401b0381111561359d575f5ffd5b6106f684828501612930565b5f61014082840312156135ba575f5ffd5b6109608383612a08565b5f602082840312156135d4575f5ffd5b81516001600160401b038111156135e9575f5ffd5b6106f6848285016128c9565b5f60208284031215613605575f5ffd5b81516001600160401b0381111561361a575f5ffd5b6106f684828501612753565b5f5f60408385031215613637575f5ffd5b505080516020909101519092909150565b5f60408284031215613658575f5ffd5b6109608383612ac3565b5f60808284031215613672575f5ffd5b6109608383612af2565b8181038181111561093d5761093d61355156";
