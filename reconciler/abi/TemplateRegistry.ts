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
export const templateRegistryBytecode: `0x${string}` = "0x608060405234801561000f575f5ffd5b50604051612fab380380612fab83398101604081905261002e91610246565b6001600160a01b0382166100765760405163a920d80b60e01b815260206004820152600a602482015269676f7665726e616e636560b01b604482015260640160405180910390fd5b6100805f836100e6565b505f5b81518110156100de576100d57fdebb9c2183b51b02c866654c40b6efe0ad74ef3f688ad7a8468ea590ffdc19828383815181106100c2576100c2610324565b60200260200101516100e660201b60201c565b50600101610083565b505050610338565b5f806100f2848461011c565b90508015610113575f84815260016020526040902061011190846101c3565b505b90505b92915050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166101bc575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101743390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610116565b505f610116565b5f610113836001600160a01b0384165f8181526001830160205260408120546101bc57508154600181810184555f848152602080822090930184905584548482528286019093526040902091909155610116565b80516001600160a01b038116811461022d575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f60408385031215610257575f5ffd5b61026083610217565b60208401519092506001600160401b0381111561027b575f5ffd5b8301601f8101851361028b575f5ffd5b80516001600160401b038111156102a4576102a4610232565b604051600582901b90603f8201601f191681016001600160401b03811182821017156102d2576102d2610232565b6040529182526020818401810192908101888411156102ef575f5ffd5b6020850194505b838510156103155761030785610217565b8152602094850194016102f6565b50809450505050509250929050565b634e487b7160e01b5f52603260045260245ffd5b612c66806103455f395ff3fe608060405234801561000f575f5ffd5b506004361061013d575f3560e01c80639add9b5c116100b4578063ca15c87311610079578063ca15c87314610314578063cc73baa214610327578063d547741f1461034e578063e9e1075214610361578063f39d0ff61461039b578063ff8d14b2146103ae575f5ffd5b80639add9b5c146102a7578063a217fddf146102ba578063a3246ad3146102c1578063abff0e0c146102e1578063c69c36b814610301575f5ffd5b806333e805981161010557806333e805981461020e57806336568abe1461022e5780636a8dabd3146102415780637adadaac146102615780639010d07c1461026957806391d1485414610294575f5ffd5b806301ffc9a714610141578063061f075d1461016957806311665611146101b6578063248a9ca3146101cb5780632f2ff15d146101fb575b5f5ffd5b61015461014f3660046122fa565b6103c1565b60405190151581526020015b60405180910390f35b6101a9610177366004612339565b5f82815260026020908152604080832063ffffffff85168452909152902060010154600160201b900460ff1692915050565b6040516101609190612397565b6101c96101c4366004612339565b6103eb565b005b6101ed6101d93660046123a5565b5f9081526020819052604090206001015490565b604051908152602001610160565b6101c96102093660046123d0565b61043a565b61022161021c3660046123fe565b610464565b604051610160919061269f565b6101c961023c3660046123d0565b6109f7565b61025461024f366004612702565b610a2f565b6040516101609190612743565b6004546101ed565b61027c6102773660046123fe565b610cef565b6040516001600160a01b039091168152602001610160565b6101546102a23660046123d0565b610d06565b6101c96102b53660046127f0565b610d2e565b6101ed5f81565b6102d46102cf3660046123a5565b611397565b604051610160919061283e565b6102f46102ef366004612339565b6113b0565b6040516101609190612889565b6101c961030f366004612339565b611874565b6101ed6103223660046123a5565b61198c565b6101ed7fdebb9c2183b51b02c866654c40b6efe0ad74ef3f688ad7a8468ea590ffdc198281565b6101c961035c3660046123d0565b6119a2565b61038661036f3660046123a5565b5f9081526003602052604090205463ffffffff1690565b60405163ffffffff9091168152602001610160565b6101546103a9366004612339565b6119c6565b6101c96103bc366004612339565b611a0e565b5f6001600160e01b03198216635a05180f60e01b14806103e557506103e582611a5d565b92915050565b5f6103f581611a91565b610403838360026003611a9e565b60405163ffffffff83169084907feb8f1d2c4f05a9cb36f9b02812ee2797e05a0fc1bbc82ff460903ec1562e589e905f90a3505050565b5f8281526020819052604090206001015461045481611a91565b61045e8383611b7b565b50505050565b6004546060908084106104aa57604080515f80825260208201909252906104a1565b61048e6121f9565b8152602001906001900390816104865790505b509150506103e5565b5f836104b686846128c3565b106104ca576104c584866128d6565b6104cc565b815b90506104d885826128c3565b6001600160401b038111156104ef576104ef61289b565b60405190808252806020026020018201604052801561052857816020015b6105156121f9565b81526020019060019003908161050d5790505b509250845b818110156109ee575f60048281548110610549576105496128e9565b5f918252602080832060029283020180548452918152604080842060018085015463ffffffff908116875291845294829020825160e081018452815481529581015491821693860193909352929450909190830190600160201b900460ff1660048111156105b9576105b9612363565b60048111156105ca576105ca612363565b815260018201546501000000000090046001600160a01b031660208083019190915260028301546001600160401b03808216604080860191909152600160401b90920416606084015280516101208101825260038501805482526004860180548451818702810187019095528085526080909601959294919385830193909283018282801561067657602002820191905f5260205f20905b815481526020019060010190808311610662575b5050505050815260200160028201805480602002602001604051908101604052809291908181526020015f905b828210156106f7575f8481526020908190206040805160608101825260038602909201805483526001808201546001600160a01b0316848601526002909101549183019190915290835290920191016106a3565b50505050815260200160038201805480602002602001604051908101604052809291908181526020015f905b82821015610777575f8481526020908190206040805160608101825260038602909201805483526001808201546001600160a01b031684860152600290910154918301919091529083529092019101610723565b50505050815260200160048201805480602002602001604051908101604052809291908181526020015f905b828210156107f0578382905f5260205f2090600302016040518060600160405290815f820154815260200160018201548152602001600282015481525050815260200190600101906107a3565b50505050815260200160058201805480602002602001604051908101604052809291908181526020015f905b82821015610869578382905f5260205f2090600302016040518060600160405290815f8201548152602001600182015481526020016002820154815250508152602001906001019061081c565b50505050815260200160068201805480602002602001604051908101604052809291908181526020015f905b828210156108e2578382905f5260205f2090600302016040518060600160405290815f82015481526020016001820154815260200160028201548152505081526020019060010190610895565b505050508152602001600782015f9054906101000a900463ffffffff1663ffffffff1663ffffffff168152602001600882016040518060400160405290815f8201548152602001600182018054610938906128fd565b80601f0160208091040260200160405190810160405280929190818152602001828054610964906128fd565b80156109af5780601f10610986576101008083540402835291602001916109af565b820191905f5260205f20905b81548152906001019060200180831161099257829003601f168201915b50505091909252505050905250905250856109ca89856128c3565b815181106109da576109da6128e9565b60209081029190910101525060010161052d565b50505092915050565b6001600160a01b0381163314610a205760405163334bd91960e11b815260040160405180910390fd5b610a2a8282611bae565b505050565b610a736040805160e08101909152805f81526020015f8152602001606081526020016060815260200160608152602001606081526020015f63ffffffff1681525090565b5f84815260026020908152604080832063ffffffff87168452909152902060018101548290600160201b900460ff166004811115610ab357610ab3612363565b90816004811115610ac657610ac6612363565b9052505f82516004811115610add57610add612363565b03610ae85750610ce8565b600381018054602080850191909152600483018054604080518285028101850190915281815292830182828015610b3c57602002820191905f5260205f20905b815481526020019060010190808311610b28575b5050505050836040018190525083610b575780600201610b5c565b806003015b805480602002602001604051908101604052809291908181526020015f905b82821015610bcf575f8481526020908190206040805160608101825260038602909201805483526001808201546001600160a01b031684860152600290910154918301919091529083529092019101610b7b565b50505050606084015283610be65780600401610beb565b806005015b805480602002602001604051908101604052809291908181526020015f905b82821015610c57578382905f5260205f2090600302016040518060600160405290815f82015481526020016001820154815260200160028201548152505081526020019060010190610c0a565b505050506080840152600681018054604080516020808402820181019092528281529291905f9084015b82821015610cce578382905f5260205f2090600302016040518060600160405290815f82015481526020016001820154815260200160028201548152505081526020019060010190610c81565b5050505060a08401526007015463ffffffff1660c0830152505b9392505050565b5f828152600160205260408120610ce89083611bd9565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b7fdebb9c2183b51b02c866654c40b6efe0ad74ef3f688ad7a8468ea590ffdc1982610d5881611a91565b83610d7657604051635590ff3f60e11b815260040160405180910390fd5b8263ffffffff165f03610d9c5760405163218bf09760e11b815260040160405180910390fd5b8135610dbb57604051632e38c9f760e21b815260040160405180910390fd5b5f84815260026020908152604080832063ffffffff871684529091528120906001820154600160201b900460ff166004811115610dfa57610dfa612363565b14610e2c57604051633c2376bd60e21b81526004810186905263ffffffff851660248201526044015b60405180910390fd5b610e396040840184612935565b90505f03610e5a57604051637bf266e560e11b815260040160405180910390fd5b610e6f610e6a6020850185612980565b611be4565b610e84610e7f6040850185612935565b611cad565b610e94610e7f6060850185612935565b610ea9610ea46080850185612935565b611e00565b610eb9610ea460a0850185612935565b84815560018101805463ffffffff861664ffffffffff1990911617600160201b1765010000000000600160c81b0319163365010000000000021790556002810180546fffffffffffffffffffffffffffffffff1916426001600160401b0316908117600160401b91909102179055823560038201908155610f41610100850160e086016129c5565b60078201805463ffffffff191663ffffffff92909216919091179055610f6b6101008501856129de565b60088201610f798282612a89565b50610f8990506020850185612980565b610f97916001840191612239565b505f5b610fa76040860186612935565b90508110156110085760028201610fc16040870187612935565b83818110610fd157610fd16128e9565b83546001810185555f9485526020909420606090910292909201926003029091019050610ffe8282612b82565b5050600101610f9a565b505f5b6110186060860186612935565b905081101561107957600382016110326060870187612935565b83818110611042576110426128e9565b83546001810185555f948552602090942060609091029290920192600302909101905061106f8282612b82565b505060010161100b565b505f5b6110896080860186612935565b905081101561110157600482016110a36080870187612935565b838181106110b3576110b36128e9565b83546001810185555f94855260209094206060909102929092019260030290910190506110f782828135815560208201356001820155604082013560028201555050565b505060010161107c565b505f5b61111160a0860186612935565b9050811015611189576005820161112b60a0870187612935565b8381811061113b5761113b6128e9565b83546001810185555f948552602090942060609091029290920192600302909101905061117f82828135815560208201356001820155604082013560028201555050565b5050600101611104565b505f5b61119960c0860186612935565b9050811015611256575f6111b060c0870187612935565b838181106111c0576111c06128e9565b9050606002015f0135036111e75760405163013ba4ad60e31b815260040160405180910390fd5b600682016111f860c0870187612935565b83818110611208576112086128e9565b83546001810185555f948552602090942060609091029290920192600302909101905061124c82828135815560208201356001820155604082013560028201555050565b505060010161118c565b505f8681526003602052604090205463ffffffff9081169086161115611297575f868152600360205260409020805463ffffffff191663ffffffff87161790555b6040805180820190915286815263ffffffff86811660208301818152600480546001810182555f9190915293517f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b600290950294850155517f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19c909301805463ffffffff191693909216929092179055843590877fe5f2211e079f9ca3354f5f8cbd735deffeb1a3e2cad91e7528542ac1afd74b343361135a6101008a018a6129de565b356113696101008b018b6129de565b6113779060208101906129fc565b6040516113879493929190612bc3565b60405180910390a4505050505050565b5f8181526001602052604090206060906103e590611ee0565b6113b86121f9565b5f83815260026020908152604080832063ffffffff861684529091528120906001820154600160201b900460ff1660048111156113f7576113f7612363565b0361142457604051633caa499360e11b81526004810185905263ffffffff84166024820152604401610e23565b6040805160e08101825282548152600183015463ffffffff811660208301529091839190830190600160201b900460ff16600481111561146657611466612363565b600481111561147757611477612363565b815260018201546501000000000090046001600160a01b031660208083019190915260028301546001600160401b03808216604080860191909152600160401b90920416606084015280516101208101825260038501805482526004860180548451818702810187019095528085526080909601959294919385830193909283018282801561152357602002820191905f5260205f20905b81548152602001906001019080831161150f575b5050505050815260200160028201805480602002602001604051908101604052809291908181526020015f905b828210156115a4575f8481526020908190206040805160608101825260038602909201805483526001808201546001600160a01b031684860152600290910154918301919091529083529092019101611550565b50505050815260200160038201805480602002602001604051908101604052809291908181526020015f905b82821015611624575f8481526020908190206040805160608101825260038602909201805483526001808201546001600160a01b0316848601526002909101549183019190915290835290920191016115d0565b50505050815260200160048201805480602002602001604051908101604052809291908181526020015f905b8282101561169d578382905f5260205f2090600302016040518060600160405290815f82015481526020016001820154815260200160028201548152505081526020019060010190611650565b50505050815260200160058201805480602002602001604051908101604052809291908181526020015f905b82821015611716578382905f5260205f2090600302016040518060600160405290815f820154815260200160018201548152602001600282015481525050815260200190600101906116c9565b50505050815260200160068201805480602002602001604051908101604052809291908181526020015f905b8282101561178f578382905f5260205f2090600302016040518060600160405290815f82015481526020016001820154815260200160028201548152505081526020019060010190611742565b505050508152602001600782015f9054906101000a900463ffffffff1663ffffffff1663ffffffff168152602001600882016040518060400160405290815f82015481526020016001820180546117e5906128fd565b80601f0160208091040260200160405190810160405280929190818152602001828054611811906128fd565b801561185c5780601f106118335761010080835404028352916020019161185c565b820191905f5260205f20905b81548152906001019060200180831161183f57829003601f168201915b50505091909252505050905250905250949350505050565b5f61187e81611a91565b5f83815260026020908152604080832063ffffffff86168452909152812060018101549091600160201b90910460ff16908160048111156118c1576118c1612363565b14806118de575060048160048111156118dc576118dc612363565b145b1561190557848482600460405163434e8aa560e11b8152600401610e239493929190612c0a565b60018201805464ff00000000191664040000000017905560028201805467ffffffffffffffff60401b1916600160401b426001600160401b03160217905560405163ffffffff85169086907fef490575485731d3325c4bcf8e532f73bff9aa642fc6435e1d3915c0966d295a9061197d908590612397565b60405180910390a35050505050565b5f8181526001602052604081206103e590611eec565b5f828152602081905260409020600101546119bc81611a91565b61045e8383611bae565b5f60045f84815260026020908152604080832063ffffffff87168452909152902060010154600160201b900460ff166004811115611a0657611a06612363565b149392505050565b5f611a1881611a91565b611a26838360016002611a9e565b60405163ffffffff83169084907f7b3a660ec47a8c3f49691b1e83e00ba917f6f7e6aa72e71b133198b1e65fbab0905f90a3505050565b5f6001600160e01b03198216637965db0b60e01b14806103e557506301ffc9a760e01b6001600160e01b03198316146103e5565b611a9b8133611ef5565b50565b5f84815260026020908152604080832063ffffffff871684529091529020826004811115611ace57611ace612363565b6001820154600160201b900460ff166004811115611aee57611aee612363565b14611b2257600181015460405163434e8aa560e11b8152610e239187918791600160201b900460ff16908690600401612c0a565b60018101805483919064ff000000001916600160201b836004811115611b4a57611b4a612363565b0217905550600201805467ffffffffffffffff60401b1916600160401b426001600160401b03160217905550505050565b5f5f611b878484611f32565b90508015610ce8575f848152600160205260409020611ba69084611fc1565b509392505050565b5f5f611bba8484611fd5565b90508015610ce8575f848152600160205260409020611ba6908461203e565b5f610ce88383612052565b5f5b81811015610a2a575f838383818110611c0157611c016128e9565b9050602002013503611c265760405163100a6afb60e31b815260040160405180910390fd5b5f5b81811015611ca457838383818110611c4257611c426128e9565b90506020020135848483818110611c5b57611c5b6128e9565b9050602002013503611c9c57838383818110611c7957611c796128e9565b9050602002013560405163411c737760e11b8152600401610e2391815260200190565b600101611c28565b50600101611be6565b5f5b81811015610a2a5736838383818110611cca57611cca6128e9565b606002919091019150508035611cf35760405163100a6afb60e31b815260040160405180910390fd5b5f5b82811015611d43578135858583818110611d1157611d116128e9565b9050606002015f013503611d3b5760405163411c737760e11b815282356004820152602401610e23565b600101611cf5565b50611d546040820160208301612c37565b6001600160a01b03163b5f03611da1578035611d766040830160208401612c37565b604051630cd573a760e21b815260048101929092526001600160a01b03166024820152604401610e23565b5f611db26040830160208401612c37565b6001600160a01b03163f905081604001358114611df65760408051632e793bed60e11b81528335600482015290830135602482015260448101829052606401610e23565b5050600101611caf565b5f5b81811015610a2a5736838383818110611e1d57611e1d6128e9565b606002919091019150508035611e465760405163100a6afb60e31b815260040160405180910390fd5b5f5b82811015611e96578135858583818110611e6457611e646128e9565b9050606002015f013503611e8e5760405163411c737760e11b815282356004820152602401610e23565b600101611e48565b50806040013581602001351115611ed75760408051631ab70d3560e11b81528235600482015260208301356024820152908201356044820152606401610e23565b50600101611e02565b60605f610ce883612078565b5f6103e5825490565b611eff8282610d06565b611f2e5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610e23565b5050565b5f611f3d8383610d06565b611fba575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055611f723390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016103e5565b505f6103e5565b5f610ce8836001600160a01b0384166120d1565b5f611fe08383610d06565b15611fba575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016103e5565b5f610ce8836001600160a01b038416612116565b5f825f018281548110612067576120676128e9565b905f5260205f200154905092915050565b6060815f018054806020026020016040519081016040528092919081815260200182805480156120c557602002820191905f5260205f20905b8154815260200190600101908083116120b1575b50505050509050919050565b5f818152600183016020526040812054611fba57508154600181810184555f8481526020808220909301849055845484825282860190935260409020919091556103e5565b5f81815260018301602052604081205480156121f0575f6121386001836128c3565b85549091505f9061214b906001906128c3565b90508082146121aa575f865f018281548110612169576121696128e9565b905f5260205f200154905080875f018481548110612189576121896128e9565b5f918252602080832090910192909255918252600188019052604090208390555b85548690806121bb576121bb612c52565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f9055600193505050506103e5565b5f9150506103e5565b6040805160e0810182525f80825260208201819052909182019081525f60208201819052604082018190526060820152608001612234612282565b905290565b828054828255905f5260205f20908101928215612272579160200282015b82811115612272578235825591602001919060010190612257565b5061227e9291506122e6565b5090565b6040518061012001604052805f81526020016060815260200160608152602001606081526020016060815260200160608152602001606081526020015f63ffffffff16815260200161223460405180604001604052805f8152602001606081525090565b5b8082111561227e575f81556001016122e7565b5f6020828403121561230a575f5ffd5b81356001600160e01b031981168114610ce8575f5ffd5b803563ffffffff81168114612334575f5ffd5b919050565b5f5f6040838503121561234a575f5ffd5b8235915061235a60208401612321565b90509250929050565b634e487b7160e01b5f52602160045260245ffd5b6005811061239357634e487b7160e01b5f52602160045260245ffd5b9052565b602081016103e58284612377565b5f602082840312156123b5575f5ffd5b5035919050565b6001600160a01b0381168114611a9b575f5ffd5b5f5f604083850312156123e1575f5ffd5b8235915060208301356123f3816123bc565b809150509250929050565b5f5f6040838503121561240f575f5ffd5b50508035926020909101359150565b5f8151808452602084019350602083015f5b8281101561244e578151865260209586019590910190600101612430565b5093949350505050565b5f8151808452602084019350602083015f5b8281101561244e578151805187526020808201516001600160a01b031681890152604091820151918801919091526060909601959091019060010161246a565b5f8151808452602084019350602083015f5b8281101561244e578151805187526020810151602088015260408101516040880152506060860195506020820191506001810190506124bc565b805182525f60208201516040602085015280518060408601528060208301606087015e5f606082870101526060601f19601f8301168601019250505092915050565b805182525f6020820151610120602085015261255861012085018261241e565b9050604083015184820360408601526125718282612458565b9150506060830151848203606086015261258b8282612458565b915050608083015184820360808601526125a582826124aa565b91505060a083015184820360a08601526125bf82826124aa565b91505060c083015184820360c08601526125d982826124aa565b91505060e08301516125f360e086018263ffffffff169052565b5061010083015184820361010086015261260d82826124f6565b95945050505050565b8051825263ffffffff60208201511660208301525f604082015161263d6040850182612377565b5060018060a01b0360608301511660608401526001600160401b03608083015116608084015260a082015161267d60a08501826001600160401b03169052565b5060c082015160e060c085015261269760e0850182612538565b949350505050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b828110156126f657603f198786030184526126e1858351612616565b945060209384019391909101906001016126c5565b50929695505050505050565b5f5f5f60608486031215612714575f5ffd5b8335925061272460208501612321565b915060408401358015158114612738575f5ffd5b809150509250925092565b60208152612755602082018351612377565b602082015160408201525f604083015160e0606084015261277a61010084018261241e565b90506060840151601f198483030160808501526127978282612458565b9150506080840151601f198483030160a08501526127b582826124aa565b91505060a0840151601f198483030160c08501526127d382826124aa565b91505063ffffffff60c08501511660e08401528091505092915050565b5f5f5f60608486031215612802575f5ffd5b8335925061281260208501612321565b915060408401356001600160401b0381111561282c575f5ffd5b84016101208187031215612738575f5ffd5b602080825282518282018190525f918401906040840190835b8181101561287e5783516001600160a01b0316835260209384019390920191600101612857565b509095945050505050565b602081525f610ce86020830184612616565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b818103818111156103e5576103e56128af565b808201808211156103e5576103e56128af565b634e487b7160e01b5f52603260045260245ffd5b600181811c9082168061291157607f821691505b60208210810361292f57634e487b7160e01b5f52602260045260245ffd5b50919050565b5f5f8335601e1984360301811261294a575f5ffd5b8301803591506001600160401b03821115612963575f5ffd5b6020019150606081023603821315612979575f5ffd5b9250929050565b5f5f8335601e19843603018112612995575f5ffd5b8301803591506001600160401b038211156129ae575f5ffd5b6020019150600581901b3603821315612979575f5ffd5b5f602082840312156129d5575f5ffd5b610ce882612321565b5f8235603e198336030181126129f2575f5ffd5b9190910192915050565b5f5f8335601e19843603018112612a11575f5ffd5b8301803591506001600160401b03821115612a2a575f5ffd5b602001915036819003821315612979575f5ffd5b601f821115610a2a57805f5260205f20601f840160051c81016020851015612a635750805b601f840160051c820191505b81811015612a82575f8155600101612a6f565b5050505050565b8135815560018101602083013536849003601e19018112612aa8575f5ffd5b830180356001600160401b0381118015612ac0575f5ffd5b813603602084011315612ad1575f5ffd5b5f905050612ae981612ae385546128fd565b85612a3e565b5f601f821160018114612b1d575f8315612b065750838201602001355b5f19600385901b1c1916600184901b178555612b79565b5f85815260208120601f198516915b82811015612b4e57602085880181013583559485019460019092019101612b2c565b5084821015612b6d575f1960f88660031b161c19602085880101351681555b505060018360011b0185555b50505050505050565b81358155600181016020830135612b98816123bc565b81546001600160a01b0319166001600160a01b03919091161790556040919091013560029190910155565b6001600160a01b0385168152602081018490526060604082018190528101829052818360808301375f818301608090810191909152601f909201601f191601019392505050565b84815263ffffffff8416602082015260808101612c2a6040830185612377565b61260d6060830184612377565b5f60208284031215612c47575f5ffd5b8135610ce8816123bc565b634e487b7160e01b5f52603160045260245ffd";
