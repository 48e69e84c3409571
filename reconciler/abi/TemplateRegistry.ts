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
export const templateRegistryBytecode: `0x${string}` = "0x608060405234801561000f575f5ffd5b5060405161339a38038061339a83398101604081905261002e91610246565b6001600160a01b0382166100765760405163a920d80b60e01b815260206004820152600a602482015269676f7665726e616e636560b01b604482015260640160405180910390fd5b6100805f836100e6565b505f5b81518110156100de576100d57fdebb9c2183b51b02c866654c40b6efe0ad74ef3f688ad7a8468ea590ffdc19828383815181106100c2576100c2610324565b60200260200101516100e660201b60201c565b50600101610083565b505050610338565b5f806100f2848461011c565b90508015610113575f84815260016020526040902061011190846101c3565b505b90505b92915050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166101bc575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101743390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610116565b505f610116565b5f610113836001600160a01b0384165f8181526001830160205260408120546101bc57508154600181810184555f848152602080822090930184905584548482528286019093526040902091909155610116565b80516001600160a01b038116811461022d575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f60408385031215610257575f5ffd5b61026083610217565b60208401519092506001600160401b0381111561027b575f5ffd5b8301601f8101851361028b575f5ffd5b80516001600160401b038111156102a4576102a4610232565b604051600582901b90603f8201601f191681016001600160401b03811182821017156102d2576102d2610232565b6040529182526020818401810192908101888411156102ef575f5ffd5b6020850194505b838510156103155761030785610217565b8152602094850194016102f6565b50809450505050509250929050565b634e487b7160e01b5f52603260045260245ffd5b613055806103455f395ff3fe608060405234801561000f575f5ffd5b506004361061013d575f3560e01c806391d14854116100b4578063ca15c87311610079578063ca15c87314610314578063cc73baa214610327578063d547741f1461034e578063e9e1075214610361578063f39d0ff61461039b578063ff8d14b2146103ae575f5ffd5b806391d14854146102a7578063a217fddf146102ba578063a3246ad3146102c1578063abff0e0c146102e1578063c69c36b814610301575f5ffd5b80632f2ff15d116101055780632f2ff15d1461020e57806333e805981461022157806336568abe146102415780636a8dabd3146102545780637adadaac146102745780639010d07c1461027c575f5ffd5b806301ffc9a714610141578063061f075d1461016957806311665611146101b657806318d227f7146101cb578063248a9ca3146101de575b5f5ffd5b61015461014f3660046126b2565b6103c1565b60405190151581526020015b60405180910390f35b6101a96101773660046126f1565b5f82815260026020908152604080832063ffffffff85168452909152902060010154600160201b900460ff1692915050565b604051610160919061274f565b6101c96101c43660046126f1565b6103eb565b005b6101c96101d936600461275d565b61043a565b6102006101ec3660046127b6565b5f9081526020819052604090206001015490565b604051908152602001610160565b6101c961021c3660046127e1565b610a0a565b61023461022f36600461280f565b610a34565b6040516101609190612b05565b6101c961024f3660046127e1565b611028565b610267610262366004612b68565b611060565b6040516101609190612b9e565b600454610200565b61028f61028a36600461280f565b61138a565b6040516001600160a01b039091168152602001610160565b6101546102b53660046127e1565b6113a1565b6102005f81565b6102d46102cf3660046127b6565b6113c9565b6040516101609190612c66565b6102f46102ef3660046126f1565b6113e2565b6040516101609190612c78565b6101c961030f3660046126f1565b611907565b6102006103223660046127b6565b611a1f565b6102007fdebb9c2183b51b02c866654c40b6efe0ad74ef3f688ad7a8468ea590ffdc198281565b6101c961035c3660046127e1565b611a35565b61038661036f3660046127b6565b5f9081526003602052604090205463ffffffff1690565b60405163ffffffff9091168152602001610160565b6101546103a93660046126f1565b611a59565b6101c96103bc3660046126f1565b611aa1565b5f6001600160e01b03198216635a05180f60e01b14806103e557506103e582611af0565b92915050565b5f6103f581611b24565b610403838360026003611b31565b60405163ffffffff83169084907feb8f1d2c4f05a9cb36f9b02812ee2797e05a0fc1bbc82ff460903ec1562e589e905f90a3505050565b7fdebb9c2183b51b02c866654c40b6efe0ad74ef3f688ad7a8468ea590ffdc198261046481611b24565b8361048257604051635590ff3f60e11b815260040160405180910390fd5b8263ffffffff165f036104a85760405163218bf09760e11b815260040160405180910390fd5b81356104c757604051632e38c9f760e21b815260040160405180910390fd5b5f84815260026020908152604080832063ffffffff871684529091528120906001820154600160201b900460ff1660048111156105065761050661271b565b1461053857604051633c2376bd60e21b81526004810186905263ffffffff851660248201526044015b60405180910390fd5b6105456040840184612c8a565b90505f0361056657604051637bf266e560e11b815260040160405180910390fd5b61057b6105766020850185612cd5565b611c0e565b61059061058b6040850185612c8a565b611cd7565b6105a061058b6060850185612c8a565b6105d96105b06080850185612c8a565b85357fd741ec101bfd30633282d6f9cda1713ffae722f2e9c0cf32d0cf0fc26c61be6414611e2a565b6105ef6105e960a0850185612c8a565b5f611e2a565b84815560018101805463ffffffff861664ffffffffff1990911617600160201b1765010000000000600160c81b0319163365010000000000021790556002810180546fffffffffffffffffffffffffffffffff1916426001600160401b0316908117600160401b91909102179055823560038201908155610677610100850160e08601612d1a565b60078201805463ffffffff191663ffffffff929092169190911790556106a1610100850185612d33565b600882016106af8282612e2a565b506106bf90506020850185612cd5565b6106cd916001840191612553565b505f5b6106dd6040860186612c8a565b905081101561073e57600282016106f76040870187612c8a565b8381811061070757610707612f23565b83546001810185555f94855260209094206060909102929092019260030290910190506107348282612f37565b50506001016106d0565b505f5b61074e6060860186612c8a565b90508110156107af57600382016107686060870187612c8a565b8381811061077857610778612f23565b83546001810185555f94855260209094206060909102929092019260030290910190506107a58282612f37565b5050600101610741565b505f5b6107bf6080860186612c8a565b905081101561083757600482016107d96080870187612c8a565b838181106107e9576107e9612f23565b83546001810185555f948552602090942060609091029290920192600302909101905061082d82828135815560208201356001820155604082013560028201555050565b50506001016107b2565b505f5b61084760a0860186612c8a565b90508110156108bf576005820161086160a0870187612c8a565b8381811061087157610871612f23565b83546001810185555f94855260209094206060909102929092019260030290910190506108b582828135815560208201356001820155604082013560028201555050565b505060010161083a565b506108ca8185611f58565b5f8681526003602052604090205463ffffffff908116908616111561090a575f868152600360205260409020805463ffffffff191663ffffffff87161790555b6040805180820190915286815263ffffffff86811660208301818152600480546001810182555f9190915293517f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b600290950294850155517f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19c909301805463ffffffff191693909216929092179055843590877fe5f2211e079f9ca3354f5f8cbd735deffeb1a3e2cad91e7528542ac1afd74b34336109cd6101008a018a612d33565b356109dc6101008b018b612d33565b6109ea906020810190612d51565b6040516109fa9493929190612f78565b60405180910390a4505050505050565b5f82815260208190526040902060010154610a2481611b24565b610a2e83836120dd565b50505050565b600454606090808410610a7a57604080515f8082526020820190925290610a71565b610a5e61259c565b815260200190600190039081610a565790505b509150506103e5565b5f83610a868684612fd3565b10610a9a57610a958486612fe6565b610a9c565b815b9050610aa88582612fd3565b6001600160401b03811115610abf57610abf612d93565b604051908082528060200260200182016040528015610af857816020015b610ae561259c565b815260200190600190039081610add5790505b509250845b8181101561101f575f60048281548110610b1957610b19612f23565b5f918252602080832060029283020180548452918152604080842060018085015463ffffffff908116875291845294829020825160e081018452815481529581015491821693860193909352929450909190830190600160201b900460ff166004811115610b8957610b8961271b565b6004811115610b9a57610b9a61271b565b815260018201546501000000000090046001600160a01b031660208083019190915260028301546001600160401b03808216604080860191909152600160401b909204166060840152805161014081018252600385018054825260048601805484518187028101870190955280855260809096019592949193858301939092830182828015610c4657602002820191905f5260205f20905b815481526020019060010190808311610c32575b5050505050815260200160028201805480602002602001604051908101604052809291908181526020015f905b82821015610cc7575f8481526020908190206040805160608101825260038602909201805483526001808201546001600160a01b031684860152600290910154918301919091529083529092019101610c73565b50505050815260200160038201805480602002602001604051908101604052809291908181526020015f905b82821015610d47575f8481526020908190206040805160608101825260038602909201805483526001808201546001600160a01b031684860152600290910154918301919091529083529092019101610cf3565b50505050815260200160048201805480602002602001604051908101604052809291908181526020015f905b82821015610dc0578382905f5260205f2090600302016040518060600160405290815f82015481526020016001820154815260200160028201548152505081526020019060010190610d73565b50505050815260200160058201805480602002602001604051908101604052809291908181526020015f905b82821015610e39578382905f5260205f2090600302016040518060600160405290815f82015481526020016001820154815260200160028201548152505081526020019060010190610dec565b50505050815260200160068201805480602002602001604051908101604052809291908181526020015f905b82821015610eb2578382905f5260205f2090600302016040518060600160405290815f82015481526020016001820154815260200160028201548152505081526020019060010190610e65565b505050508152602001600782015f9054906101000a900463ffffffff1663ffffffff1663ffffffff168152602001600882016040518060400160405290815f8201548152602001600182018054610f0890612da7565b80601f0160208091040260200160405190810160405280929190818152602001828054610f3490612da7565b8015610f7f5780601f10610f5657610100808354040283529160200191610f7f565b820191905f5260205f20905b815481529060010190602001808311610f6257829003601f168201915b5050505050815250508152602001600a8201805480602002602001604051908101604052809291908181526020018280548015610fe357602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610fc5575b5050509190925250505090525085610ffb8985612fd3565b8151811061100b5761100b612f23565b602090810291909101015250600101610afd565b50505092915050565b6001600160a01b03811633146110515760405163334bd91960e11b815260040160405180910390fd5b61105b8282612110565b505050565b6110ac604080516101008101909152805f81526020015f8152602001606081526020016060815260200160608152602001606081526020015f63ffffffff168152602001606081525090565b5f84815260026020908152604080832063ffffffff87168452909152902060018101548290600160201b900460ff1660048111156110ec576110ec61271b565b908160048111156110ff576110ff61271b565b9052505f825160048111156111165761111661271b565b036111215750611383565b60038101805460208085019190915260048301805460408051828502810185019091528181529283018282801561117557602002820191905f5260205f20905b815481526020019060010190808311611161575b50505050508360400181905250836111905780600201611195565b806003015b805480602002602001604051908101604052809291908181526020015f905b82821015611208575f8481526020908190206040805160608101825260038602909201805483526001808201546001600160a01b0316848601526002909101549183019190915290835290920191016111b4565b5050505060608401528361121f5780600401611224565b806005015b805480602002602001604051908101604052809291908181526020015f905b82821015611290578382905f5260205f2090600302016040518060600160405290815f82015481526020016001820154815260200160028201548152505081526020019060010190611243565b505050506080840152600681018054604080516020808402820181019092528281529291905f9084015b82821015611307578382905f5260205f2090600302016040518060600160405290815f820154815260200160018201548152602001600282015481525050815260200190600101906112ba565b5050505060a0840152600781015463ffffffff1660c0840152600a810180546040805160208084028201810190925282815292919083018282801561137357602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311611355575b50505050508360e0018190525050505b9392505050565b5f828152600160205260408120611383908361213b565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f8181526001602052604090206060906103e590612146565b6113ea61259c565b5f83815260026020908152604080832063ffffffff861684529091528120906001820154600160201b900460ff1660048111156114295761142961271b565b0361145657604051633caa499360e11b81526004810185905263ffffffff8416602482015260440161052f565b6040805160e08101825282548152600183015463ffffffff811660208301529091839190830190600160201b900460ff1660048111156114985761149861271b565b60048111156114a9576114a961271b565b815260018201546501000000000090046001600160a01b031660208083019190915260028301546001600160401b03808216604080860191909152600160401b90920416606084015280516101408101825260038501805482526004860180548451818702810187019095528085526080909601959294919385830193909283018282801561155557602002820191905f5260205f20905b815481526020019060010190808311611541575b5050505050815260200160028201805480602002602001604051908101604052809291908181526020015f905b828210156115d6575f8481526020908190206040805160608101825260038602909201805483526001808201546001600160a01b031684860152600290910154918301919091529083529092019101611582565b50505050815260200160038201805480602002602001604051908101604052809291908181526020015f905b82821015611656575f8481526020908190206040805160608101825260038602909201805483526001808201546001600160a01b031684860152600290910154918301919091529083529092019101611602565b50505050815260200160048201805480602002602001604051908101604052809291908181526020015f905b828210156116cf578382905f5260205f2090600302016040518060600160405290815f82015481526020016001820154815260200160028201548152505081526020019060010190611682565b50505050815260200160058201805480602002602001604051908101604052809291908181526020015f905b82821015611748578382905f5260205f2090600302016040518060600160405290815f820154815260200160018201548152602001600282015481525050815260200190600101906116fb565b50505050815260200160068201805480602002602001604051908101604052809291908181526020015f905b828210156117c1578382905f5260205f2090600302016040518060600160405290815f82015481526020016001820154815260200160028201548152505081526020019060010190611774565b505050508152602001600782015f9054906101000a900463ffffffff1663ffffffff1663ffffffff168152602001600882016040518060400160405290815f820154815260200160018201805461181790612da7565b80601f016020809104026020016040519081016040528092919081815260200182805461184390612da7565b801561188e5780601f106118655761010080835404028352916020019161188e565b820191905f5260205f20905b81548152906001019060200180831161187157829003601f168201915b5050505050815250508152602001600a82018054806020026020016040519081016040528092919081815260200182805480156118f257602002820191905f5260205f20905b81546001600160a01b031681526001909101906020018083116118d4575b50505091909252505050905250949350505050565b5f61191181611b24565b5f83815260026020908152604080832063ffffffff86168452909152812060018101549091600160201b90910460ff16908160048111156119545761195461271b565b14806119715750600481600481111561196f5761196f61271b565b145b1561199857848482600460405163434e8aa560e11b815260040161052f9493929190612ff9565b60018201805464ff00000000191664040000000017905560028201805467ffffffffffffffff60401b1916600160401b426001600160401b03160217905560405163ffffffff85169086907fef490575485731d3325c4bcf8e532f73bff9aa642fc6435e1d3915c0966d295a90611a1090859061274f565b60405180910390a35050505050565b5f8181526001602052604081206103e590612152565b5f82815260208190526040902060010154611a4f81611b24565b610a2e8383612110565b5f60045f84815260026020908152604080832063ffffffff87168452909152902060010154600160201b900460ff166004811115611a9957611a9961271b565b149392505050565b5f611aab81611b24565b611ab9838360016002611b31565b60405163ffffffff83169084907f7b3a660ec47a8c3f49691b1e83e00ba917f6f7e6aa72e71b133198b1e65fbab0905f90a3505050565b5f6001600160e01b03198216637965db0b60e01b14806103e557506301ffc9a760e01b6001600160e01b03198316146103e5565b611b2e813361215b565b50565b5f84815260026020908152604080832063ffffffff871684529091529020826004811115611b6157611b6161271b565b6001820154600160201b900460ff166004811115611b8157611b8161271b565b14611bb557600181015460405163434e8aa560e11b815261052f9187918791600160201b900460ff16908690600401612ff9565b60018101805483919064ff000000001916600160201b836004811115611bdd57611bdd61271b565b0217905550600201805467ffffffffffffffff60401b1916600160401b426001600160401b03160217905550505050565b5f5b8181101561105b575f838383818110611c2b57611c2b612f23565b9050602002013503611c505760405163100a6afb60e31b815260040160405180910390fd5b5f5b81811015611cce57838383818110611c6c57611c6c612f23565b90506020020135848483818110611c8557611c85612f23565b9050602002013503611cc657838383818110611ca357611ca3612f23565b9050602002013560405163411c737760e11b815260040161052f91815260200190565b600101611c52565b50600101611c10565b5f5b8181101561105b5736838383818110611cf457611cf4612f23565b606002919091019150508035611d1d5760405163100a6afb60e31b815260040160405180910390fd5b5f5b82811015611d6d578135858583818110611d3b57611d3b612f23565b9050606002015f013503611d655760405163411c737760e11b81528235600482015260240161052f565b600101611d1f565b50611d7e6040820160208301613026565b6001600160a01b03163b5f03611dcb578035611da06040830160208401613026565b604051630cd573a760e21b815260048101929092526001600160a01b0316602482015260440161052f565b5f611ddc6040830160208401613026565b6001600160a01b03163f905081604001358114611e205760408051632e793bed60e11b8152833560048201529083013560248201526044810182905260640161052f565b5050600101611cd9565b5f5b82811015610a2e5736848483818110611e4757611e47612f23565b606002919091019150508035611e705760405163100a6afb60e31b815260040160405180910390fd5b5f5b82811015611ec0578135868683818110611e8e57611e8e612f23565b9050606002015f013503611eb85760405163411c737760e11b81528235600482015260240161052f565b600101611e72565b50806040013581602001351115611f015760408051631ab70d3560e11b8152823560048201526020830135602482015290820135604482015260640161052f565b8215611f4f575f611f128235612198565b90508082604001351115611f4d576040805163588d52e160e01b8152833560048201529083013560248201526044810182905260640161052f565b505b50600101611e2c565b5f5b611f6760c0830183612c8a565b9050811015612024575f611f7e60c0840184612c8a565b83818110611f8e57611f8e612f23565b9050606002015f013503611fb55760405163013ba4ad60e31b815260040160405180910390fd5b60068301611fc660c0840184612c8a565b83818110611fd657611fd6612f23565b83546001810185555f948552602090942060609091029290920192600302909101905061201a82828135815560208201356001820155604082013560028201555050565b5050600101611f5a565b505f5b612035610120830183612cd5565b90508110156120c0575f61204d610120840184612cd5565b8381811061205d5761205d612f23565b90506020020160208101906120729190613026565b6001600160a01b0316036120b85760405163a920d80b60e01b815260206004820152600c60248201526b19195c1bdcda5d105cdcd95d60a21b604482015260640161052f565b600101612027565b506120cf610120820182612cd5565b61105b91600a8501916125dc565b5f5f6120e9848461228c565b90508015611383575f848152600160205260409020612108908461231b565b509392505050565b5f5f61211c848461232f565b90508015611383575f8481526001602052604090206121089084612398565b5f61138383836123ac565b60605f611383836123d2565b5f6103e5825490565b61216582826113a1565b6121945760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161052f565b5050565b5f663a32b936a6b4b760c91b8214806121ba5750660e8cae4da9ac2f60cb1b82145b156121cd57506001600160401b03919050565b6639b4bd32a6b4b760c91b8214806121ee5750660e6d2f4ca9ac2f60cb1b82145b1561220a57506fffffffffffffffffffffffffffffffff919050565b686170794d696e42707360b81b82148061222f5750686170794d617842707360b81b82145b1561223f575063ffffffff919050565b73726573747269637465644465706f7369746f727360601b8214806122775750701d1c985b9cd9995c905b1b1bddd31a5cdd607a1b82145b1561228457506001919050565b505f19919050565b5f61229783836113a1565b612314575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556122cc3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016103e5565b505f6103e5565b5f611383836001600160a01b03841661242b565b5f61233a83836113a1565b15612314575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016103e5565b5f611383836001600160a01b038416612470565b5f825f0182815481106123c1576123c1612f23565b905f5260205f200154905092915050565b6060815f0180548060200260200160405190810160405280929190818152602001828054801561241f57602002820191905f5260205f20905b81548152602001906001019080831161240b575b50505050509050919050565b5f81815260018301602052604081205461231457508154600181810184555f8481526020808220909301849055845484825282860190935260409020919091556103e5565b5f818152600183016020526040812054801561254a575f612492600183612fd3565b85549091505f906124a590600190612fd3565b9050808214612504575f865f0182815481106124c3576124c3612f23565b905f5260205f200154905080875f0184815481106124e3576124e3612f23565b5f918252602080832090910192909255918252600188019052604090208390555b855486908061251557612515613041565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f9055600193505050506103e5565b5f9150506103e5565b828054828255905f5260205f2090810192821561258c579160200282015b8281111561258c578235825591602001919060010190612571565b5061259892915061262d565b5090565b6040805160e0810182525f80825260208201819052909182019081525f602082018190526040820181905260608201526080016125d7612641565b905290565b828054828255905f5260205f2090810192821561258c579160200282015b8281111561258c5781546001600160a01b0319166001600160a01b038435161782556020909201916001909101906125fa565b5b80821115612598575f815560010161262e565b6040518061014001604052805f81526020016060815260200160608152602001606081526020016060815260200160608152602001606081526020015f63ffffffff1681526020016126a560405180604001604052805f8152602001606081525090565b8152602001606081525090565b5f602082840312156126c2575f5ffd5b81356001600160e01b031981168114611383575f5ffd5b803563ffffffff811681146126ec575f5ffd5b919050565b5f5f60408385031215612702575f5ffd5b82359150612712602084016126d9565b90509250929050565b634e487b7160e01b5f52602160045260245ffd5b6005811061274b57634e487b7160e01b5f52602160045260245ffd5b9052565b602081016103e5828461272f565b5f5f5f6060848603121561276f575f5ffd5b8335925061277f602085016126d9565b915060408401356001600160401b03811115612799575f5ffd5b840161014081870312156127ab575f5ffd5b809150509250925092565b5f602082840312156127c6575f5ffd5b5035919050565b6001600160a01b0381168114611b2e575f5ffd5b5f5f604083850312156127f2575f5ffd5b823591506020830135612804816127cd565b809150509250929050565b5f5f60408385031215612820575f5ffd5b50508035926020909101359150565b5f8151808452602084019350602083015f5b8281101561285f578151865260209586019590910190600101612841565b5093949350505050565b5f8151808452602084019350602083015f5b8281101561285f578151805187526020808201516001600160a01b031681890152604091820151918801919091526060909601959091019060010161287b565b5f8151808452602084019350602083015f5b8281101561285f578151805187526020810151602088015260408101516040880152506060860195506020820191506001810190506128cd565b805182525f60208201516040602085015280518060408601528060208301606087015e5f606082870101526060601f19601f8301168601019250505092915050565b5f8151808452602084019350602083015f5b8281101561285f5781516001600160a01b031686526020958601959091019060010161295b565b805182525f602082015161014060208501526129a261014085018261282f565b9050604083015184820360408601526129bb8282612869565b915050606083015184820360608601526129d58282612869565b915050608083015184820360808601526129ef82826128bb565b91505060a083015184820360a0860152612a0982826128bb565b91505060c083015184820360c0860152612a2382826128bb565b91505060e0830151612a3d60e086018263ffffffff169052565b50610100830151848203610100860152612a578282612907565b915050610120830151848203610120860152612a738282612949565b95945050505050565b8051825263ffffffff60208201511660208301525f6040820151612aa3604085018261272f565b5060018060a01b0360608301511660608401526001600160401b03608083015116608084015260a0820151612ae360a08501826001600160401b03169052565b5060c082015160e060c0850152612afd60e0850182612982565b949350505050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015612b5c57603f19878603018452612b47858351612a7c565b94506020938401939190910190600101612b2b565b50929695505050505050565b5f5f5f60608486031215612b7a575f5ffd5b83359250612b8a602085016126d9565b9150604084013580151581146127ab575f5ffd5b60208152612bb060208201835161272f565b602082015160408201525f60408301516101006060840152612bd661012084018261282f565b90506060840151601f19848303016080850152612bf38282612869565b9150506080840151601f198483030160a0850152612c1182826128bb565b91505060a0840151601f198483030160c0850152612c2f82826128bb565b91505060c0840151612c4960e085018263ffffffff169052565b5060e0840151838203601f1901610100850152612a738282612949565b602081525f6113836020830184612949565b602081525f6113836020830184612a7c565b5f5f8335601e19843603018112612c9f575f5ffd5b8301803591506001600160401b03821115612cb8575f5ffd5b6020019150606081023603821315612cce575f5ffd5b9250929050565b5f5f8335601e19843603018112612cea575f5ffd5b8301803591506001600160401b03821115612d03575f5ffd5b6020019150600581901b3603821315612cce575f5ffd5b5f60208284031215612d2a575f5ffd5b611383826126d9565b5f8235603e19833603018112612d47575f5ffd5b9190910192915050565b5f5f8335601e19843603018112612d66575f5ffd5b8301803591506001600160401b03821115612d7f575f5ffd5b602001915036819003821315612cce575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b600181811c90821680612dbb57607f821691505b602082108103612dd957634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561105b57805f5260205f20601f840160051c81016020851015612e045750805b601f840160051c820191505b81811015612e23575f8155600101612e10565b5050505050565b8135815560018101602083013536849003601e19018112612e49575f5ffd5b830180356001600160401b0381118015612e61575f5ffd5b813603602084011315612e72575f5ffd5b5f905050612e8a81612e848554612da7565b85612ddf565b5f601f821160018114612ebe575f8315612ea75750838201602001355b5f19600385901b1c1916600184901b178555612f1a565b5f85815260208120601f198516915b82811015612eef57602085880181013583559485019460019092019101612ecd565b5084821015612f0e575f1960f88660031b161c19602085880101351681555b505060018360011b0185555b50505050505050565b634e487b7160e01b5f52603260045260245ffd5b81358155600181016020830135612f4d816127cd565b81546001600160a01b0319166001600160a01b03919091161790556040919091013560029190910155565b6001600160a01b0385168152602081018490526060604082018190528101829052818360808301375f818301608090810191909152601f909201601f191601019392505050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156103e5576103e5612fbf565b808201808211156103e5576103e5612fbf565b84815263ffffffff8416602082015260808101613019604083018561272f565b612a73606083018461272f565b5f60208284031215613036575f5ffd5b8135611383816127cd565b634e487b7160e01b5f52603160045260245ffd";
