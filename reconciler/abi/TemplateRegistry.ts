// generated — do not edit. Regenerate with `tsx reconciler/scripts/gen-abi.ts` after `forge build`.
// TemplateRegistry from contracts/src/factory/TemplateRegistry.sol.

export const templateRegistryAbi = [
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "governance",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "proposers",
        "type": "address[]",
        "internalType": "address[]"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "DEFAULT_ADMIN_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "TEMPLATE_PROPOSER",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "approveTemplate",
    "inputs": [
      {
        "name": "templateId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "version",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "deprecateTemplate",
    "inputs": [
      {
        "name": "templateId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "version",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "getDeploymentView",
    "inputs": [
      {
        "name": "templateId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "version",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "unitSide",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "outputs": [
      {
        "name": "v",
        "type": "tuple",
        "internalType": "struct ITemplateRegistry.DeploymentView",
        "components": [
          {
            "name": "status",
            "type": "uint8",
            "internalType": "enum ITemplateRegistry.TemplateStatus"
          },
          {
            "name": "kind",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "beaconKinds",
            "type": "bytes32[]",
            "internalType": "bytes32[]"
          },
          {
            "name": "components",
            "type": "tuple[]",
            "internalType": "struct ITemplateRegistry.Component[]",
            "components": [
              {
                "name": "name",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "implementation",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "codeHash",
                "type": "bytes32",
                "internalType": "bytes32"
              }
            ]
          },
          {
            "name": "ranges",
            "type": "tuple[]",
            "internalType": "struct ITemplateRegistry.ParamRange[]",
            "components": [
              {
                "name": "name",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "min",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "max",
                "type": "uint256",
                "internalType": "uint256"
              }
            ]
          },
          {
            "name": "day0Limits",
            "type": "tuple[]",
            "internalType": "struct ITemplateRegistry.Day0Limit[]",
            "components": [
              {
                "name": "flow",
                "type": "bytes32",
                "internalType": "bytes32"
              },
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
            "name": "day0Cycles",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "depositAssets",
            "type": "address[]",
            "internalType": "address[]"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleAdmin",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleMember",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "index",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleMemberCount",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleMembers",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "address[]",
        "internalType": "address[]"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getStatus",
    "inputs": [
      {
        "name": "templateId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "version",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "enum ITemplateRegistry.TemplateStatus"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getTemplate",
    "inputs": [
      {
        "name": "templateId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "version",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct ITemplateRegistry.TemplateVersion",
        "components": [
          {
            "name": "templateId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "version",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "status",
            "type": "uint8",
            "internalType": "enum ITemplateRegistry.TemplateStatus"
          },
          {
            "name": "proposer",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "proposedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "statusChangedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "spec",
            "type": "tuple",
            "internalType": "struct ITemplateRegistry.TemplateSpec",
            "components": [
              {
                "name": "kind",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "beaconKinds",
                "type": "bytes32[]",
                "internalType": "bytes32[]"
              },
              {
                "name": "classComponents",
                "type": "tuple[]",
                "internalType": "struct ITemplateRegistry.Component[]",
                "components": [
                  {
                    "name": "name",
                    "type": "bytes32",
                    "internalType": "bytes32"
                  },
                  {
                    "name": "implementation",
                    "type": "address",
                    "internalType": "address"
                  },
                  {
                    "name": "codeHash",
                    "type": "bytes32",
                    "internalType": "bytes32"
                  }
                ]
              },
              {
                "name": "unitComponents",
                "type": "tuple[]",
                "internalType": "struct ITemplateRegistry.Component[]",
                "components": [
                  {
                    "name": "name",
                    "type": "bytes32",
                    "internalType": "bytes32"
                  },
                  {
                    "name": "implementation",
                    "type": "address",
                    "internalType": "address"
                  },
                  {
                    "name": "codeHash",
                    "type": "bytes32",
                    "internalType": "bytes32"
                  }
                ]
              },
              {
                "name": "classRanges",
                "type": "tuple[]",
                "internalType": "struct ITemplateRegistry.ParamRange[]",
                "components": [
                  {
                    "name": "name",
                    "type": "bytes32",
                    "internalType": "bytes32"
                  },
                  {
                    "name": "min",
                    "type": "uint256",
                    "internalType": "uint256"
                  },
                  {
                    "name": "max",
                    "type": "uint256",
                    "internalType": "uint256"
                  }
                ]
              },
              {
                "name": "unitRanges",
                "type": "tuple[]",
                "internalType": "struct ITemplateRegistry.ParamRange[]",
                "components": [
                  {
                    "name": "name",
                    "type": "bytes32",
                    "internalType": "bytes32"
                  },
                  {
                    "name": "min",
                    "type": "uint256",
                    "internalType": "uint256"
                  },
                  {
                    "name": "max",
                    "type": "uint256",
                    "internalType": "uint256"
                  }
                ]
              },
              {
                "name": "day0Limits",
                "type": "tuple[]",
                "internalType": "struct ITemplateRegistry.Day0Limit[]",
                "components": [
                  {
                    "name": "flow",
                    "type": "bytes32",
                    "internalType": "bytes32"
                  },
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
                "name": "day0Cycles",
                "type": "uint32",
                "internalType": "uint32"
              },
              {
                "name": "audit",
                "type": "tuple",
                "internalType": "struct ITemplateRegistry.Audit",
                "components": [
                  {
                    "name": "hash",
                    "type": "bytes32",
                    "internalType": "bytes32"
                  },
                  {
                    "name": "uri",
                    "type": "string",
                    "internalType": "string"
                  }
                ]
              },
              {
                "name": "depositAssets",
                "type": "address[]",
                "internalType": "address[]"
              }
            ]
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getTemplatesPage",
    "inputs": [
      {
        "name": "offset",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "limit",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "page",
        "type": "tuple[]",
        "internalType": "struct ITemplateRegistry.TemplateVersion[]",
        "components": [
          {
            "name": "templateId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "version",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "status",
            "type": "uint8",
            "internalType": "enum ITemplateRegistry.TemplateStatus"
          },
          {
            "name": "proposer",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "proposedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "statusChangedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "spec",
            "type": "tuple",
            "internalType": "struct ITemplateRegistry.TemplateSpec",
            "components": [
              {
                "name": "kind",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "beaconKinds",
                "type": "bytes32[]",
                "internalType": "bytes32[]"
              },
              {
                "name": "classComponents",
                "type": "tuple[]",
                "internalType": "struct ITemplateRegistry.Component[]",
                "components": [
                  {
                    "name": "name",
                    "type": "bytes32",
                    "internalType": "bytes32"
                  },
                  {
                    "name": "implementation",
                    "type": "address",
                    "internalType": "address"
                  },
                  {
                    "name": "codeHash",
                    "type": "bytes32",
                    "internalType": "bytes32"
                  }
                ]
              },
              {
                "name": "unitComponents",
                "type": "tuple[]",
                "internalType": "struct ITemplateRegistry.Component[]",
                "components": [
                  {
                    "name": "name",
                    "type": "bytes32",
                    "internalType": "bytes32"
                  },
                  {
                    "name": "implementation",
                    "type": "address",
                    "internalType": "address"
                  },
                  {
                    "name": "codeHash",
                    "type": "bytes32",
                    "internalType": "bytes32"
                  }
                ]
              },
              {
                "name": "classRanges",
                "type": "tuple[]",
                "internalType": "struct ITemplateRegistry.ParamRange[]",
                "components": [
                  {
                    "name": "name",
                    "type": "bytes32",
                    "internalType": "bytes32"
                  },
                  {
                    "name": "min",
                    "type": "uint256",
                    "internalType": "uint256"
                  },
                  {
                    "name": "max",
                    "type": "uint256",
                    "internalType": "uint256"
                  }
                ]
              },
              {
                "name": "unitRanges",
                "type": "tuple[]",
                "internalType": "struct ITemplateRegistry.ParamRange[]",
                "components": [
                  {
                    "name": "name",
                    "type": "bytes32",
                    "internalType": "bytes32"
                  },
                  {
                    "name": "min",
                    "type": "uint256",
                    "internalType": "uint256"
                  },
                  {
                    "name": "max",
                    "type": "uint256",
                    "internalType": "uint256"
                  }
                ]
              },
              {
                "name": "day0Limits",
                "type": "tuple[]",
                "internalType": "struct ITemplateRegistry.Day0Limit[]",
                "components": [
                  {
                    "name": "flow",
                    "type": "bytes32",
                    "internalType": "bytes32"
                  },
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
                "name": "day0Cycles",
                "type": "uint32",
                "internalType": "uint32"
              },
              {
                "name": "audit",
                "type": "tuple",
                "internalType": "struct ITemplateRegistry.Audit",
                "components": [
                  {
                    "name": "hash",
                    "type": "bytes32",
                    "internalType": "bytes32"
                  },
                  {
                    "name": "uri",
                    "type": "string",
                    "internalType": "string"
                  }
                ]
              },
              {
                "name": "depositAssets",
                "type": "address[]",
                "internalType": "address[]"
              }
            ]
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "grantRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "hasRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isRevoked",
    "inputs": [
      {
        "name": "templateId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "version",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "latestVersion",
    "inputs": [
      {
        "name": "templateId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "proposeTemplate",
    "inputs": [
      {
        "name": "templateId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "version",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "spec",
        "type": "tuple",
        "internalType": "struct ITemplateRegistry.TemplateSpec",
        "components": [
          {
            "name": "kind",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "beaconKinds",
            "type": "bytes32[]",
            "internalType": "bytes32[]"
          },
          {
            "name": "classComponents",
            "type": "tuple[]",
            "internalType": "struct ITemplateRegistry.Component[]",
            "components": [
              {
                "name": "name",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "implementation",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "codeHash",
                "type": "bytes32",
                "internalType": "bytes32"
              }
            ]
          },
          {
            "name": "unitComponents",
            "type": "tuple[]",
            "internalType": "struct ITemplateRegistry.Component[]",
            "components": [
              {
                "name": "name",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "implementation",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "codeHash",
                "type": "bytes32",
                "internalType": "bytes32"
              }
            ]
          },
          {
            "name": "classRanges",
            "type": "tuple[]",
            "internalType": "struct ITemplateRegistry.ParamRange[]",
            "components": [
              {
                "name": "name",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "min",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "max",
                "type": "uint256",
                "internalType": "uint256"
              }
            ]
          },
          {
            "name": "unitRanges",
            "type": "tuple[]",
            "internalType": "struct ITemplateRegistry.ParamRange[]",
            "components": [
              {
                "name": "name",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "min",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "max",
                "type": "uint256",
                "internalType": "uint256"
              }
            ]
          },
          {
            "name": "day0Limits",
            "type": "tuple[]",
            "internalType": "struct ITemplateRegistry.Day0Limit[]",
            "components": [
              {
                "name": "flow",
                "type": "bytes32",
                "internalType": "bytes32"
              },
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
            "name": "day0Cycles",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "audit",
            "type": "tuple",
            "internalType": "struct ITemplateRegistry.Audit",
            "components": [
              {
                "name": "hash",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "uri",
                "type": "string",
                "internalType": "string"
              }
            ]
          },
          {
            "name": "depositAssets",
            "type": "address[]",
            "internalType": "address[]"
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "renounceRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "callerConfirmation",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeTemplate",
    "inputs": [
      {
        "name": "templateId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "version",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "templateVersionCount",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "event",
    "name": "RoleAdminChanged",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "newAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleGranted",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleRevoked",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "TemplateApproved",
    "inputs": [
      {
        "name": "templateId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "version",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "TemplateDeprecated",
    "inputs": [
      {
        "name": "templateId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "version",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "TemplateProposed",
    "inputs": [
      {
        "name": "templateId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "version",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "kind",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "proposer",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "auditHash",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "auditUri",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "TemplateRevoked",
    "inputs": [
      {
        "name": "templateId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "version",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "previousStatus",
        "type": "uint8",
        "indexed": false,
        "internalType": "enum ITemplateRegistry.TemplateStatus"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AccessControlBadConfirmation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AccessControlUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "neededRole",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "BlobStore_CreateFailed",
    "inputs": []
  },
  {
    "type": "error",
    "name": "BlobStore_NoBlob",
    "inputs": [
      {
        "name": "pointer",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "BlobStore_TooLarge",
    "inputs": [
      {
        "name": "length",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "TemplateRegistry_AlreadyExists",
    "inputs": [
      {
        "name": "templateId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "version",
        "type": "uint32",
        "internalType": "uint32"
      }
    ]
  },
  {
    "type": "error",
    "name": "TemplateRegistry_CodeHashMismatch",
    "inputs": [
      {
        "name": "name",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "expected",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "actual",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "TemplateRegistry_DuplicateName",
    "inputs": [
      {
        "name": "name",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "TemplateRegistry_InvalidRange",
    "inputs": [
      {
        "name": "name",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "min",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "max",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "TemplateRegistry_InvalidTransition",
    "inputs": [
      {
        "name": "templateId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "version",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "from",
        "type": "uint8",
        "internalType": "enum ITemplateRegistry.TemplateStatus"
      },
      {
        "name": "to",
        "type": "uint8",
        "internalType": "enum ITemplateRegistry.TemplateStatus"
      }
    ]
  },
  {
    "type": "error",
    "name": "TemplateRegistry_NoClassComponents",
    "inputs": []
  },
  {
    "type": "error",
    "name": "TemplateRegistry_NoCode",
    "inputs": [
      {
        "name": "name",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "implementation",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "TemplateRegistry_NotFound",
    "inputs": [
      {
        "name": "templateId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "version",
        "type": "uint32",
        "internalType": "uint32"
      }
    ]
  },
  {
    "type": "error",
    "name": "TemplateRegistry_RangeExceedsField",
    "inputs": [
      {
        "name": "name",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "max",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "fieldMax",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "TemplateRegistry_ZeroAddress",
    "inputs": [
      {
        "name": "what",
        "type": "string",
        "internalType": "string"
      }
    ]
  },
  {
    "type": "error",
    "name": "TemplateRegistry_ZeroDay0Flow",
    "inputs": []
  },
  {
    "type": "error",
    "name": "TemplateRegistry_ZeroKind",
    "inputs": []
  },
  {
    "type": "error",
    "name": "TemplateRegistry_ZeroName",
    "inputs": []
  },
  {
    "type": "error",
    "name": "TemplateRegistry_ZeroTemplateId",
    "inputs": []
  },
  {
    "type": "error",
    "name": "TemplateRegistry_ZeroVersion",
    "inputs": []
  }
] as const;

/** Creation bytecode. */
export const templateRegistryBytecode: `0x${string}` = "0x608060405234801561000f575f5ffd5b50604051613a81380380613a8183398101604081905261002e91610246565b6001600160a01b0382166100765760405163a920d80b60e01b815260206004820152600a602482015269676f7665726e616e636560b01b604482015260640160405180910390fd5b6100805f836100e6565b505f5b81518110156100de576100d57fdebb9c2183b51b02c866654c40b6efe0ad74ef3f688ad7a8468ea590ffdc19828383815181106100c2576100c2610324565b60200260200101516100e660201b60201c565b50600101610083565b505050610338565b5f806100f2848461011c565b90508015610113575f84815260016020526040902061011190846101c3565b505b90505b92915050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166101bc575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101743390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610116565b505f610116565b5f610113836001600160a01b0384165f8181526001830160205260408120546101bc57508154600181810184555f848152602080822090930184905584548482528286019093526040902091909155610116565b80516001600160a01b038116811461022d575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f60408385031215610257575f5ffd5b61026083610217565b60208401519092506001600160401b0381111561027b575f5ffd5b8301601f8101851361028b575f5ffd5b80516001600160401b038111156102a4576102a4610232565b604051600582901b90603f8201601f191681016001600160401b03811182821017156102d2576102d2610232565b6040529182526020818401810192908101888411156102ef575f5ffd5b6020850194505b838510156103155761030785610217565b8152602094850194016102f6565b50809450505050509250929050565b634e487b7160e01b5f52603260045260245ffd5b61373c806103455f395ff3fe608060405234801561000f575f5ffd5b506004361061013d575f3560e01c806391d14854116100b4578063ca15c87311610079578063ca15c87314610314578063cc73baa214610327578063d547741f1461034e578063e9e1075214610361578063f39d0ff61461039b578063ff8d14b2146103ae575f5ffd5b806391d14854146102a7578063a217fddf146102ba578063a3246ad3146102c1578063abff0e0c146102e1578063c69c36b814610301575f5ffd5b80632f2ff15d116101055780632f2ff15d1461020e57806333e805981461022157806336568abe146102415780636a8dabd3146102545780637adadaac146102745780639010d07c1461027c575f5ffd5b806301ffc9a714610141578063061f075d1461016957806311665611146101b657806318d227f7146101cb578063248a9ca3146101de575b5f5ffd5b61015461014f3660046128d7565b6103c1565b60405190151581526020015b60405180910390f35b6101a961017736600461290f565b5f82815260026020908152604080832063ffffffff85168452909152902060010154600160201b900460ff1692915050565b6040516101609190612971565b6101c96101c436600461290f565b6103eb565b005b6101c96101d936600461297f565b61043a565b6102006101ec3660046129da565b5f9081526020819052604090206001015490565b604051908152602001610160565b6101c961021c366004612a05565b610a6d565b61023461022f366004612a28565b610a97565b6040516101609190612d16565b6101c961024f366004612a05565b61108b565b610267610262366004612d79565b6110c3565b6040516101609190612db1565b600454610200565b61028f61028a366004612a28565b6111af565b6040516001600160a01b039091168152602001610160565b6101546102b5366004612a05565b6111c6565b6102005f81565b6102d46102cf3660046129da565b6111ee565b6040516101609190612e79565b6102f46102ef36600461290f565b611207565b6040516101609190612e8b565b6101c961030f36600461290f565b61172c565b6102006103223660046129da565b611844565b6102007fdebb9c2183b51b02c866654c40b6efe0ad74ef3f688ad7a8468ea590ffdc198281565b6101c961035c366004612a05565b61185a565b61038661036f3660046129da565b5f9081526003602052604090205463ffffffff1690565b60405163ffffffff9091168152602001610160565b6101546103a936600461290f565b61187e565b6101c96103bc36600461290f565b6118c6565b5f6001600160e01b03198216635a05180f60e01b14806103e557506103e582611915565b92915050565b5f6103f581611949565b610403838360026003611956565b60405163ffffffff83169084907feb8f1d2c4f05a9cb36f9b02812ee2797e05a0fc1bbc82ff460903ec1562e589e905f90a3505050565b7fdebb9c2183b51b02c866654c40b6efe0ad74ef3f688ad7a8468ea590ffdc198261046481611949565b8361048257604051635590ff3f60e11b815260040160405180910390fd5b8263ffffffff165f036104a85760405163218bf09760e11b815260040160405180910390fd5b81356104c757604051632e38c9f760e21b815260040160405180910390fd5b5f84815260026020908152604080832063ffffffff871684529091528120906001820154600160201b900460ff1660048111156105065761050661293d565b1461053857604051633c2376bd60e21b81526004810186905263ffffffff851660248201526044015b60405180910390fd5b6105456040840184612e9d565b90505f0361056657604051637bf266e560e11b815260040160405180910390fd5b61057b6105766020850185612ee8565b611a33565b61059061058b6040850185612e9d565b611afc565b6105a061058b6060850185612e9d565b6105d96105b06080850185612e9d565b85357fd741ec101bfd30633282d6f9cda1713ffae722f2e9c0cf32d0cf0fc26c61be6414611c4f565b6105ef6105e960a0850185612e9d565b5f611c4f565b84815560018101805463ffffffff861664ffffffffff1990911617600160201b1765010000000000600160c81b0319163365010000000000021790556002810180546fffffffffffffffffffffffffffffffff1916426001600160401b0316908117600160401b91909102179055823560038201908155610677610100850160e08601612f2d565b60078201805463ffffffff191663ffffffff929092169190911790556106a1610100850185612f48565b600882016106af828261303f565b506106bf90506020850185612ee8565b6106cd9160018401916126e7565b505f5b6106dd6040860186612e9d565b905081101561073e57600282016106f76040870187612e9d565b8381811061070757610707613138565b83546001810185555f9485526020909420606090910292909201926003029091019050610734828261314c565b50506001016106d0565b505f5b61074e6060860186612e9d565b90508110156107af57600382016107686060870187612e9d565b8381811061077857610778613138565b83546001810185555f94855260209094206060909102929092019260030290910190506107a5828261314c565b5050600101610741565b505f5b6107bf6080860186612e9d565b905081101561083757600482016107d96080870187612e9d565b838181106107e9576107e9613138565b83546001810185555f948552602090942060609091029290920192600302909101905061082d82828135815560208201356001820155604082013560028201555050565b50506001016107b2565b505f5b61084760a0860186612e9d565b90508110156108bf576005820161086160a0870187612e9d565b8381811061087157610871613138565b83546001810185555f94855260209094206060909102929092019260030290910190506108b582828135815560208201356001820155604082013560028201555050565b505060010161083a565b506108ca8185611d7d565b60405180604001604052806108df865f611f02565b6001600160a01b031681526020016108f8866001611f02565b6001600160a01b031690525f87815260056020908152604080832063ffffffff8a168452909152902061092c916002612730565b505f8681526003602052604090205463ffffffff908116908616111561096d575f868152600360205260409020805463ffffffff191663ffffffff87161790555b6040805180820190915286815263ffffffff86811660208301818152600480546001810182555f9190915293517f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b600290950294850155517f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19c909301805463ffffffff191693909216929092179055843590877fe5f2211e079f9ca3354f5f8cbd735deffeb1a3e2cad91e7528542ac1afd74b3433610a306101008a018a612f48565b35610a3f6101008b018b612f48565b610a4d906020810190612f66565b604051610a5d949392919061318d565b60405180910390a4505050505050565b5f82815260208190526040902060010154610a8781611949565b610a91838361213e565b50505050565b600454606090808410610add57604080515f8082526020820190925290610ad4565b610ac1612778565b815260200190600190039081610ab95790505b509150506103e5565b5f83610ae986846131e8565b10610afd57610af884866131fb565b610aff565b815b9050610b0b85826131e8565b6001600160401b03811115610b2257610b22612fa8565b604051908082528060200260200182016040528015610b5b57816020015b610b48612778565b815260200190600190039081610b405790505b509250845b81811015611082575f60048281548110610b7c57610b7c613138565b5f918252602080832060029283020180548452918152604080842060018085015463ffffffff908116875291845294829020825160e081018452815481529581015491821693860193909352929450909190830190600160201b900460ff166004811115610bec57610bec61293d565b6004811115610bfd57610bfd61293d565b815260018201546501000000000090046001600160a01b031660208083019190915260028301546001600160401b03808216604080860191909152600160401b909204166060840152805161014081018252600385018054825260048601805484518187028101870190955280855260809096019592949193858301939092830182828015610ca957602002820191905f5260205f20905b815481526020019060010190808311610c95575b5050505050815260200160028201805480602002602001604051908101604052809291908181526020015f905b82821015610d2a575f8481526020908190206040805160608101825260038602909201805483526001808201546001600160a01b031684860152600290910154918301919091529083529092019101610cd6565b50505050815260200160038201805480602002602001604051908101604052809291908181526020015f905b82821015610daa575f8481526020908190206040805160608101825260038602909201805483526001808201546001600160a01b031684860152600290910154918301919091529083529092019101610d56565b50505050815260200160048201805480602002602001604051908101604052809291908181526020015f905b82821015610e23578382905f5260205f2090600302016040518060600160405290815f82015481526020016001820154815260200160028201548152505081526020019060010190610dd6565b50505050815260200160058201805480602002602001604051908101604052809291908181526020015f905b82821015610e9c578382905f5260205f2090600302016040518060600160405290815f82015481526020016001820154815260200160028201548152505081526020019060010190610e4f565b50505050815260200160068201805480602002602001604051908101604052809291908181526020015f905b82821015610f15578382905f5260205f2090600302016040518060600160405290815f82015481526020016001820154815260200160028201548152505081526020019060010190610ec8565b505050508152602001600782015f9054906101000a900463ffffffff1663ffffffff1663ffffffff168152602001600882016040518060400160405290815f8201548152602001600182018054610f6b90612fbc565b80601f0160208091040260200160405190810160405280929190818152602001828054610f9790612fbc565b8015610fe25780601f10610fb957610100808354040283529160200191610fe2565b820191905f5260205f20905b815481529060010190602001808311610fc557829003601f168201915b5050505050815250508152602001600a820180548060200260200160405190810160405280929190818152602001828054801561104657602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311611028575b505050919092525050509052508561105e89856131e8565b8151811061106e5761106e613138565b602090810291909101015250600101610b60565b50505092915050565b6001600160a01b03811633146110b45760405163334bd91960e11b815260040160405180910390fd5b6110be8282612171565b505050565b6110cb6127b8565b5f84815260026020908152604080832063ffffffff87168452909152812060010154600160201b900460ff169081600481111561110a5761110a61293d565b0361111557506111a8565b5f85815260056020908152604080832063ffffffff8816845290915290206111689084611142575f611145565b60015b60ff166002811061115857611158613138565b01546001600160a01b031661219c565b80602001905181019061117b91906134b9565b9150818160048111156111905761119061293d565b908160048111156111a3576111a361293d565b905250505b9392505050565b5f8281526001602052604081206111a89083612238565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f8181526001602052604090206060906103e590612243565b61120f612778565b5f83815260026020908152604080832063ffffffff861684529091528120906001820154600160201b900460ff16600481111561124e5761124e61293d565b0361127b57604051633caa499360e11b81526004810185905263ffffffff8416602482015260440161052f565b6040805160e08101825282548152600183015463ffffffff811660208301529091839190830190600160201b900460ff1660048111156112bd576112bd61293d565b60048111156112ce576112ce61293d565b815260018201546501000000000090046001600160a01b031660208083019190915260028301546001600160401b03808216604080860191909152600160401b90920416606084015280516101408101825260038501805482526004860180548451818702810187019095528085526080909601959294919385830193909283018282801561137a57602002820191905f5260205f20905b815481526020019060010190808311611366575b5050505050815260200160028201805480602002602001604051908101604052809291908181526020015f905b828210156113fb575f8481526020908190206040805160608101825260038602909201805483526001808201546001600160a01b0316848601526002909101549183019190915290835290920191016113a7565b50505050815260200160038201805480602002602001604051908101604052809291908181526020015f905b8282101561147b575f8481526020908190206040805160608101825260038602909201805483526001808201546001600160a01b031684860152600290910154918301919091529083529092019101611427565b50505050815260200160048201805480602002602001604051908101604052809291908181526020015f905b828210156114f4578382905f5260205f2090600302016040518060600160405290815f820154815260200160018201548152602001600282015481525050815260200190600101906114a7565b50505050815260200160058201805480602002602001604051908101604052809291908181526020015f905b8282101561156d578382905f5260205f2090600302016040518060600160405290815f82015481526020016001820154815260200160028201548152505081526020019060010190611520565b50505050815260200160068201805480602002602001604051908101604052809291908181526020015f905b828210156115e6578382905f5260205f2090600302016040518060600160405290815f82015481526020016001820154815260200160028201548152505081526020019060010190611599565b505050508152602001600782015f9054906101000a900463ffffffff1663ffffffff1663ffffffff168152602001600882016040518060400160405290815f820154815260200160018201805461163c90612fbc565b80601f016020809104026020016040519081016040528092919081815260200182805461166890612fbc565b80156116b35780601f1061168a576101008083540402835291602001916116b3565b820191905f5260205f20905b81548152906001019060200180831161169657829003601f168201915b5050505050815250508152602001600a820180548060200260200160405190810160405280929190818152602001828054801561171757602002820191905f5260205f20905b81546001600160a01b031681526001909101906020018083116116f9575b50505091909252505050905250949350505050565b5f61173681611949565b5f83815260026020908152604080832063ffffffff86168452909152812060018101549091600160201b90910460ff16908160048111156117795761177961293d565b1480611796575060048160048111156117945761179461293d565b145b156117bd57848482600460405163434e8aa560e11b815260040161052f94939291906135f8565b60018201805464ff00000000191664040000000017905560028201805467ffffffffffffffff60401b1916600160401b426001600160401b03160217905560405163ffffffff85169086907fef490575485731d3325c4bcf8e532f73bff9aa642fc6435e1d3915c0966d295a90611835908590612971565b60405180910390a35050505050565b5f8181526001602052604081206103e59061224f565b5f8281526020819052604090206001015461187481611949565b610a918383612171565b5f60045f84815260026020908152604080832063ffffffff87168452909152902060010154600160201b900460ff1660048111156118be576118be61293d565b149392505050565b5f6118d081611949565b6118de838360016002611956565b60405163ffffffff83169084907f7b3a660ec47a8c3f49691b1e83e00ba917f6f7e6aa72e71b133198b1e65fbab0905f90a3505050565b5f6001600160e01b03198216637965db0b60e01b14806103e557506301ffc9a760e01b6001600160e01b03198316146103e5565b6119538133612258565b50565b5f84815260026020908152604080832063ffffffff8716845290915290208260048111156119865761198661293d565b6001820154600160201b900460ff1660048111156119a6576119a661293d565b146119da57600181015460405163434e8aa560e11b815261052f9187918791600160201b900460ff169086906004016135f8565b60018101805483919064ff000000001916600160201b836004811115611a0257611a0261293d565b0217905550600201805467ffffffffffffffff60401b1916600160401b426001600160401b03160217905550505050565b5f5b818110156110be575f838383818110611a5057611a50613138565b9050602002013503611a755760405163100a6afb60e31b815260040160405180910390fd5b5f5b81811015611af357838383818110611a9157611a91613138565b90506020020135848483818110611aaa57611aaa613138565b9050602002013503611aeb57838383818110611ac857611ac8613138565b9050602002013560405163411c737760e11b815260040161052f91815260200190565b600101611a77565b50600101611a35565b5f5b818110156110be5736838383818110611b1957611b19613138565b606002919091019150508035611b425760405163100a6afb60e31b815260040160405180910390fd5b5f5b82811015611b92578135858583818110611b6057611b60613138565b9050606002015f013503611b8a5760405163411c737760e11b81528235600482015260240161052f565b600101611b44565b50611ba36040820160208301613625565b6001600160a01b03163b5f03611bf0578035611bc56040830160208401613625565b604051630cd573a760e21b815260048101929092526001600160a01b0316602482015260440161052f565b5f611c016040830160208401613625565b6001600160a01b03163f905081604001358114611c455760408051632e793bed60e11b8152833560048201529083013560248201526044810182905260640161052f565b5050600101611afe565b5f5b82811015610a915736848483818110611c6c57611c6c613138565b606002919091019150508035611c955760405163100a6afb60e31b815260040160405180910390fd5b5f5b82811015611ce5578135868683818110611cb357611cb3613138565b9050606002015f013503611cdd5760405163411c737760e11b81528235600482015260240161052f565b600101611c97565b50806040013581602001351115611d265760408051631ab70d3560e11b8152823560048201526020830135602482015290820135604482015260640161052f565b8215611d74575f611d378235612295565b90508082604001351115611d72576040805163588d52e160e01b8152833560048201529083013560248201526044810182905260640161052f565b505b50600101611c51565b5f5b611d8c60c0830183612e9d565b9050811015611e49575f611da360c0840184612e9d565b83818110611db357611db3613138565b9050606002015f013503611dda5760405163013ba4ad60e31b815260040160405180910390fd5b60068301611deb60c0840184612e9d565b83818110611dfb57611dfb613138565b83546001810185555f9485526020909420606090910292909201926003029091019050611e3f82828135815560208201356001820155604082013560028201555050565b5050600101611d7f565b505f5b611e5a610120830183612ee8565b9050811015611ee5575f611e72610120840184612ee8565b83818110611e8257611e82613138565b9050602002016020810190611e979190613625565b6001600160a01b031603611edd5760405163a920d80b60e01b815260206004820152600c60248201526b19195c1bdcda5d105cdcd95d60a21b604482015260640161052f565b600101611e4c565b50611ef4610120820182612ee8565b6110be91600a850191612801565b5f611f0b6127b8565b8335602080830191909152611f2290850185612ee8565b808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250505050604082015282611f6e57611f696040850185612e9d565b611f7b565b611f7b6060850185612e9d565b808060200260200160405190810160405280939291908181526020015f905b82821015611fc657611fb760608302860136819003810190613640565b81526020019060010190611f9a565b5050505050816060018190525082611fea57611fe56080850185612e9d565b611ff7565b611ff760a0850185612e9d565b808060200260200160405190810160405280939291908181526020015f905b8282101561204257612033606083028601368190038101906136bd565b81526020019060010190612016565b5050505050608082015261205960c0850185612e9d565b808060200260200160405190810160405280939291908181526020015f905b828210156120a457612095606083028601368190038101906136bd565b81526020019060010190612078565b505050505060a08201526120bf610100850160e08601612f2d565b63ffffffff1660c08201526120d8610120850185612ee8565b808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525050505060e082015260405161213690612122908390602001612db1565b604051602081830303815290604052612389565b949350505050565b5f5f61214a8484612420565b905080156111a8575f84815260016020526040902061216990846124af565b509392505050565b5f5f61217d84846124c3565b905080156111a8575f848152600160205260409020612169908461252c565b60606001600160a01b0382163b5f8190036121d557604051630f28217760e01b81526001600160a01b038416600482015260240161052f565b5f6121e16001836131e8565b9050806001600160401b038111156121fb576121fb612fa8565b6040519080825280601f01601f191660200182016040528015612225576020820181803683370190505b50925080600160208501863c5050919050565b5f6111a88383612540565b60605f6111a883612566565b5f6103e5825490565b61226282826111c6565b6122915760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161052f565b5050565b5f663a32b936a6b4b760c91b8214806122b75750660e8cae4da9ac2f60cb1b82145b156122ca57506001600160401b03919050565b6639b4bd32a6b4b760c91b8214806122eb5750660e6d2f4ca9ac2f60cb1b82145b1561230757506fffffffffffffffffffffffffffffffff919050565b686170794d696e42707360b81b82148061232c5750686170794d617842707360b81b82145b1561233c575063ffffffff919050565b73726573747269637465644465706f7369746f727360601b8214806123745750701d1c985b9cd9995c905b1b1bddd31a5cdd607a1b82145b1561238157506001919050565b505f19919050565b5f5f8251600161239991906131fb565b90506160008111156123c357825160405163278b998360e21b815260040161052f91815260200190565b5f81846040516020016123d79291906136d7565b60405160208183030381529060405290508051602082015ff092506001600160a01b038316612419576040516385924b9760e01b815260040160405180910390fd5b5050919050565b5f61242b83836111c6565b6124a8575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556124603390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016103e5565b505f6103e5565b5f6111a8836001600160a01b0384166125bf565b5f6124ce83836111c6565b156124a8575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016103e5565b5f6111a8836001600160a01b038416612604565b5f825f01828154811061255557612555613138565b905f5260205f200154905092915050565b6060815f018054806020026020016040519081016040528092919081815260200182805480156125b357602002820191905f5260205f20905b81548152602001906001019080831161259f575b50505050509050919050565b5f8181526001830160205260408120546124a857508154600181810184555f8481526020808220909301849055845484825282860190935260409020919091556103e5565b5f81815260018301602052604081205480156126de575f6126266001836131e8565b85549091505f90612639906001906131e8565b9050808214612698575f865f01828154811061265757612657613138565b905f5260205f200154905080875f01848154811061267757612677613138565b5f918252602080832090910192909255918252600188019052604090208390555b85548690806126a9576126a9613728565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f9055600193505050506103e5565b5f9150506103e5565b828054828255905f5260205f20908101928215612720579160200282015b82811115612720578235825591602001919060010190612705565b5061272c929150612852565b5090565b8260028101928215612720579160200282015b8281111561272057825182546001600160a01b0319166001600160a01b03909116178255602090920191600190910190612743565b6040805160e0810182525f80825260208201819052909182019081525f602082018190526040820181905260608201526080016127b3612866565b905290565b604080516101008101909152805f81526020015f8152602001606081526020016060815260200160608152602001606081526020015f63ffffffff168152602001606081525090565b828054828255905f5260205f20908101928215612720579160200282015b828111156127205781546001600160a01b0319166001600160a01b0384351617825560209092019160019091019061281f565b5b8082111561272c575f8155600101612853565b6040518061014001604052805f81526020016060815260200160608152602001606081526020016060815260200160608152602001606081526020015f63ffffffff1681526020016128ca60405180604001604052805f8152602001606081525090565b8152602001606081525090565b5f602082840312156128e7575f5ffd5b81356001600160e01b0319811681146111a8575f5ffd5b63ffffffff81168114611953575f5ffd5b5f5f60408385031215612920575f5ffd5b823591506020830135612932816128fe565b809150509250929050565b634e487b7160e01b5f52602160045260245ffd5b6005811061296d57634e487b7160e01b5f52602160045260245ffd5b9052565b602081016103e58284612951565b5f5f5f60608486031215612991575f5ffd5b8335925060208401356129a3816128fe565b915060408401356001600160401b038111156129bd575f5ffd5b840161014081870312156129cf575f5ffd5b809150509250925092565b5f602082840312156129ea575f5ffd5b5035919050565b6001600160a01b0381168114611953575f5ffd5b5f5f60408385031215612a16575f5ffd5b823591506020830135612932816129f1565b5f5f60408385031215612a39575f5ffd5b50508035926020909101359150565b5f8151808452602084019350602083015f5b82811015612a78578151865260209586019590910190600101612a5a565b5093949350505050565b5f8151808452602084019350602083015f5b82811015612a78578151805187526020808201516001600160a01b0316818901526040918201519188019190915260609096019590910190600101612a94565b5f8151808452602084019350602083015f5b82811015612a7857815180518752602081015160208801526040810151604088015250606086019550602082019150600181019050612ae6565b805182525f60208201516040602085015280518060408601528060208301606087015e5f606082870101526060601f19601f8301168601019250505092915050565b5f8151808452602084019350602083015f5b82811015612a785781516001600160a01b0316865260209586019590910190600101612b74565b805182525f60208201516101406020850152612bbb610140850182612a48565b905060408301518482036040860152612bd48282612a82565b91505060608301518482036060860152612bee8282612a82565b91505060808301518482036080860152612c088282612ad4565b91505060a083015184820360a0860152612c228282612ad4565b91505060c083015184820360c0860152612c3c8282612ad4565b91505060e0830151612c5660e086018263ffffffff169052565b50610100830151848203610100860152612c708282612b20565b915050610120830151848203610120860152612c8c8282612b62565b95945050505050565b8051825263ffffffff60208201511660208301525f6040820151612cbc6040850182612951565b5060018060a01b0360608301511660608401526001600160401b03608083015116608084015260a0820151612cfc60a08501826001600160401b03169052565b5060c082015160e060c085015261213660e0850182612b9b565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015612d6d57603f19878603018452612d58858351612c95565b94506020938401939190910190600101612d3c565b50929695505050505050565b5f5f5f60608486031215612d8b575f5ffd5b833592506020840135612d9d816128fe565b9150604084013580151581146129cf575f5ffd5b60208152612dc3602082018351612951565b602082015160408201525f60408301516101006060840152612de9610120840182612a48565b90506060840151601f19848303016080850152612e068282612a82565b9150506080840151601f198483030160a0850152612e248282612ad4565b91505060a0840151601f198483030160c0850152612e428282612ad4565b91505060c0840151612e5c60e085018263ffffffff169052565b5060e0840151838203601f1901610100850152612c8c8282612b62565b602081525f6111a86020830184612b62565b602081525f6111a86020830184612c95565b5f5f8335601e19843603018112612eb2575f5ffd5b8301803591506001600160401b03821115612ecb575f5ffd5b6020019150606081023603821315612ee1575f5ffd5b9250929050565b5f5f8335601e19843603018112612efd575f5ffd5b8301803591506001600160401b03821115612f16575f5ffd5b6020019150600581901b3603821315612ee1575f5ffd5b5f60208284031215612f3d575f5ffd5b81356111a8816128fe565b5f8235603e19833603018112612f5c575f5ffd5b9190910192915050565b5f5f8335601e19843603018112612f7b575f5ffd5b8301803591506001600160401b03821115612f94575f5ffd5b602001915036819003821315612ee1575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b600181811c90821680612fd057607f821691505b602082108103612fee57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156110be57805f5260205f20601f840160051c810160208510156130195750805b601f840160051c820191505b81811015613038575f8155600101613025565b5050505050565b8135815560018101602083013536849003601e1901811261305e575f5ffd5b830180356001600160401b0381118015613076575f5ffd5b813603602084011315613087575f5ffd5b5f90505061309f816130998554612fbc565b85612ff4565b5f601f8211600181146130d3575f83156130bc5750838201602001355b5f19600385901b1c1916600184901b17855561312f565b5f85815260208120601f198516915b82811015613104576020858801810135835594850194600190920191016130e2565b5084821015613123575f1960f88660031b161c19602085880101351681555b505060018360011b0185555b50505050505050565b634e487b7160e01b5f52603260045260245ffd5b81358155600181016020830135613162816129f1565b81546001600160a01b0319166001600160a01b03919091161790556040919091013560029190910155565b6001600160a01b0385168152602081018490526060604082018190528101829052818360808301375f818301608090810191909152601f909201601f191601019392505050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156103e5576103e56131d4565b808201808211156103e5576103e56131d4565b604051606081016001600160401b038111828210171561323057613230612fa8565b60405290565b60405161010081016001600160401b038111828210171561323057613230612fa8565b604051601f8201601f191681016001600160401b038111828210171561328157613281612fa8565b604052919050565b805160058110613297575f5ffd5b919050565b5f6001600160401b038211156132b4576132b4612fa8565b5060051b60200190565b5f82601f8301126132cd575f5ffd5b81516132e06132db8261329c565b613259565b8082825260208201915060208360051b860101925085831115613301575f5ffd5b602085015b8381101561331e578051835260209283019201613306565b5095945050505050565b5f82601f830112613337575f5ffd5b81516133456132db8261329c565b80828252602082019150602060608402860101925085831115613366575f5ffd5b602085015b8381101561331e5760608188031215613382575f5ffd5b61338a61320e565b81518152602082015161339c816129f1565b60208281019190915260408381015190830152908452929092019160600161336b565b5f82601f8301126133ce575f5ffd5b8151602083015f6133e16132db8461329c565b8381526060909302820192905060208101868411156133fe575f5ffd5b8383101561331e575f60608489031215613416575f5ffd5b61341e61320e565b8451815260208086015181830152604080870151908301529083526060909401939190910190506133fe565b8051613297816128fe565b5f82601f830112613464575f5ffd5b81516134726132db8261329c565b8082825260208201915060208360051b860101925085831115613493575f5ffd5b602085015b8381101561331e5780516134ab816129f1565b835260209283019201613498565b5f602082840312156134c9575f5ffd5b81516001600160401b038111156134de575f5ffd5b820161010081850312156134f0575f5ffd5b6134f8613236565b61350182613289565b81526020828101519082015260408201516001600160401b03811115613525575f5ffd5b613531868285016132be565b60408301525060608201516001600160401b0381111561354f575f5ffd5b61355b86828501613328565b60608301525060808201516001600160401b03811115613579575f5ffd5b613585868285016133bf565b60808301525060a08201516001600160401b038111156135a3575f5ffd5b6135af868285016133bf565b60a0830152506135c160c0830161344a565b60c082015260e08201516001600160401b038111156135de575f5ffd5b6135ea86828501613455565b60e083015250949350505050565b84815263ffffffff84166020820152608081016136186040830185612951565b612c8c6060830184612951565b5f60208284031215613635575f5ffd5b81356111a8816129f1565b5f6060828403128015613651575f5ffd5b5061365a61320e565b82358152602083013561366c816129f1565b60208201526040928301359281019290925250919050565b5f60608284031215613694575f5ffd5b61369c61320e565b82358152602080840135908201526040928301359281019290925250919050565b5f606082840312156136cd575f5ffd5b6111a88383613684565b606160f81b815260f083901b6001600160f01b03191660018201526880600c6000396000f360b81b60038201525f600c820181905282518060208501600d85015e5f9201600d019182525092915050565b634e487b7160e01b5f52603160045260245ffd";
