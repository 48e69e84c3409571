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
export const templateRegistryBytecode: `0x${string}` = "0x608060405234801561000f575f5ffd5b50604051612b9c380380612b9c83398101604081905261002e916101fe565b6100385f8361009e565b505f5b81518110156100965761008d7fdebb9c2183b51b02c866654c40b6efe0ad74ef3f688ad7a8468ea590ffdc198283838151811061007a5761007a6102dc565b602002602001015161009e60201b60201c565b5060010161003b565b5050506102f0565b5f806100aa84846100d4565b905080156100cb575f8481526001602052604090206100c9908461017b565b505b90505b92915050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610174575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561012c3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016100ce565b505f6100ce565b5f6100cb836001600160a01b0384165f81815260018301602052604081205461017457508154600181810184555f8481526020808220909301849055845484825282860190935260409020919091556100ce565b80516001600160a01b03811681146101e5575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f6040838503121561020f575f5ffd5b610218836101cf565b60208401519092506001600160401b03811115610233575f5ffd5b8301601f81018513610243575f5ffd5b80516001600160401b0381111561025c5761025c6101ea565b604051600582901b90603f8201601f191681016001600160401b038111828210171561028a5761028a6101ea565b6040529182526020818401810192908101888411156102a7575f5ffd5b6020850194505b838510156102cd576102bf856101cf565b8152602094850194016102ae565b50809450505050509250929050565b634e487b7160e01b5f52603260045260245ffd5b61289f806102fd5f395ff3fe608060405234801561000f575f5ffd5b5060043610610132575f3560e01c80639add9b5c116100b4578063ca15c87311610079578063ca15c873146102e9578063cc73baa2146102fc578063d547741f14610323578063e9e1075214610336578063f39d0ff614610370578063ff8d14b214610383575f5ffd5b80639add9b5c1461027c578063a217fddf1461028f578063a3246ad314610296578063abff0e0c146102b6578063c69c36b8146102d6575f5ffd5b806333e80598116100fa57806333e805981461020357806336568abe146102235780637adadaac146102365780639010d07c1461023e57806391d1485414610269575f5ffd5b806301ffc9a714610136578063061f075d1461015e57806311665611146101ab578063248a9ca3146101c05780632f2ff15d146101f0575b5f5ffd5b610149610144366004612016565b610396565b60405190151581526020015b60405180910390f35b61019e61016c366004612055565b5f82815260026020908152604080832063ffffffff85168452909152902060010154600160201b900460ff1692915050565b60405161015591906120b3565b6101be6101b9366004612055565b6103c0565b005b6101e26101ce3660046120c1565b5f9081526020819052604090206001015490565b604051908152602001610155565b6101be6101fe3660046120ec565b61040f565b61021661021136600461211a565b610439565b60405161015591906123bb565b6101be6102313660046120ec565b6109cc565b6004546101e2565b61025161024c36600461211a565b610a04565b6040516001600160a01b039091168152602001610155565b6101496102773660046120ec565b610a22565b6101be61028a36600461241e565b610a4a565b6101e25f81565b6102a96102a43660046120c1565b6110b3565b6040516101559190612477565b6102c96102c4366004612055565b6110cc565b60405161015591906124c2565b6101be6102e4366004612055565b611590565b6101e26102f73660046120c1565b6116a8565b6101e27fdebb9c2183b51b02c866654c40b6efe0ad74ef3f688ad7a8468ea590ffdc198281565b6101be6103313660046120ec565b6116be565b61035b6103443660046120c1565b5f9081526003602052604090205463ffffffff1690565b60405163ffffffff9091168152602001610155565b61014961037e366004612055565b6116e2565b6101be610391366004612055565b61172a565b5f6001600160e01b03198216635a05180f60e01b14806103ba57506103ba82611779565b92915050565b5f6103ca816117ad565b6103d88383600260036117ba565b60405163ffffffff83169084907feb8f1d2c4f05a9cb36f9b02812ee2797e05a0fc1bbc82ff460903ec1562e589e905f90a3505050565b5f82815260208190526040902060010154610429816117ad565b6104338383611897565b50505050565b60045460609080841061047f57604080515f8082526020820190925290610476565b610463611f15565b81526020019060019003908161045b5790505b509150506103ba565b5f8361048b86846124fc565b1061049f5761049a848661250f565b6104a1565b815b90506104ad85826124fc565b6001600160401b038111156104c4576104c46124d4565b6040519080825280602002602001820160405280156104fd57816020015b6104ea611f15565b8152602001906001900390816104e25790505b509250845b818110156109c3575f6004828154811061051e5761051e612522565b5f918252602080832060029283020180548452918152604080842060018085015463ffffffff908116875291845294829020825160e081018452815481529581015491821693860193909352929450909190830190600160201b900460ff16600481111561058e5761058e61207f565b600481111561059f5761059f61207f565b815260018201546501000000000090046001600160a01b031660208083019190915260028301546001600160401b03808216604080860191909152600160401b90920416606084015280516101208101825260038501805482526004860180548451818702810187019095528085526080909601959294919385830193909283018282801561064b57602002820191905f5260205f20905b815481526020019060010190808311610637575b5050505050815260200160028201805480602002602001604051908101604052809291908181526020015f905b828210156106cc575f8481526020908190206040805160608101825260038602909201805483526001808201546001600160a01b031684860152600290910154918301919091529083529092019101610678565b50505050815260200160038201805480602002602001604051908101604052809291908181526020015f905b8282101561074c575f8481526020908190206040805160608101825260038602909201805483526001808201546001600160a01b0316848601526002909101549183019190915290835290920191016106f8565b50505050815260200160048201805480602002602001604051908101604052809291908181526020015f905b828210156107c5578382905f5260205f2090600302016040518060600160405290815f82015481526020016001820154815260200160028201548152505081526020019060010190610778565b50505050815260200160058201805480602002602001604051908101604052809291908181526020015f905b8282101561083e578382905f5260205f2090600302016040518060600160405290815f820154815260200160018201548152602001600282015481525050815260200190600101906107f1565b50505050815260200160068201805480602002602001604051908101604052809291908181526020015f905b828210156108b7578382905f5260205f2090600302016040518060600160405290815f8201548152602001600182015481526020016002820154815250508152602001906001019061086a565b505050508152602001600782015f9054906101000a900463ffffffff1663ffffffff1663ffffffff168152602001600882016040518060400160405290815f820154815260200160018201805461090d90612536565b80601f016020809104026020016040519081016040528092919081815260200182805461093990612536565b80156109845780601f1061095b57610100808354040283529160200191610984565b820191905f5260205f20905b81548152906001019060200180831161096757829003601f168201915b505050919092525050509052509052508561099f89856124fc565b815181106109af576109af612522565b602090810291909101015250600101610502565b50505092915050565b6001600160a01b03811633146109f55760405163334bd91960e11b815260040160405180910390fd5b6109ff82826118ca565b505050565b5f828152600160205260408120610a1b90836118f5565b9392505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b7fdebb9c2183b51b02c866654c40b6efe0ad74ef3f688ad7a8468ea590ffdc1982610a74816117ad565b83610a9257604051635590ff3f60e11b815260040160405180910390fd5b8263ffffffff165f03610ab85760405163218bf09760e11b815260040160405180910390fd5b8135610ad757604051632e38c9f760e21b815260040160405180910390fd5b5f84815260026020908152604080832063ffffffff871684529091528120906001820154600160201b900460ff166004811115610b1657610b1661207f565b14610b4857604051633c2376bd60e21b81526004810186905263ffffffff851660248201526044015b60405180910390fd5b610b55604084018461256e565b90505f03610b7657604051637bf266e560e11b815260040160405180910390fd5b610b8b610b8660208501856125b9565b611900565b610ba0610b9b604085018561256e565b6119c9565b610bb0610b9b606085018561256e565b610bc5610bc0608085018561256e565b611b1c565b610bd5610bc060a085018561256e565b84815560018101805463ffffffff861664ffffffffff1990911617600160201b1765010000000000600160c81b0319163365010000000000021790556002810180546fffffffffffffffffffffffffffffffff1916426001600160401b0316908117600160401b91909102179055823560038201908155610c5d610100850160e086016125fe565b60078201805463ffffffff191663ffffffff92909216919091179055610c87610100850185612617565b60088201610c9582826126c2565b50610ca5905060208501856125b9565b610cb3916001840191611f55565b505f5b610cc3604086018661256e565b9050811015610d245760028201610cdd604087018761256e565b83818110610ced57610ced612522565b83546001810185555f9485526020909420606090910292909201926003029091019050610d1a82826127bb565b5050600101610cb6565b505f5b610d34606086018661256e565b9050811015610d955760038201610d4e606087018761256e565b83818110610d5e57610d5e612522565b83546001810185555f9485526020909420606090910292909201926003029091019050610d8b82826127bb565b5050600101610d27565b505f5b610da5608086018661256e565b9050811015610e1d5760048201610dbf608087018761256e565b83818110610dcf57610dcf612522565b83546001810185555f9485526020909420606090910292909201926003029091019050610e1382828135815560208201356001820155604082013560028201555050565b5050600101610d98565b505f5b610e2d60a086018661256e565b9050811015610ea55760058201610e4760a087018761256e565b83818110610e5757610e57612522565b83546001810185555f9485526020909420606090910292909201926003029091019050610e9b82828135815560208201356001820155604082013560028201555050565b5050600101610e20565b505f5b610eb560c086018661256e565b9050811015610f72575f610ecc60c087018761256e565b83818110610edc57610edc612522565b9050606002015f013503610f035760405163013ba4ad60e31b815260040160405180910390fd5b60068201610f1460c087018761256e565b83818110610f2457610f24612522565b83546001810185555f9485526020909420606090910292909201926003029091019050610f6882828135815560208201356001820155604082013560028201555050565b5050600101610ea8565b505f8681526003602052604090205463ffffffff9081169086161115610fb3575f868152600360205260409020805463ffffffff191663ffffffff87161790555b6040805180820190915286815263ffffffff86811660208301818152600480546001810182555f9190915293517f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b600290950294850155517f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19c909301805463ffffffff191693909216929092179055843590877fe5f2211e079f9ca3354f5f8cbd735deffeb1a3e2cad91e7528542ac1afd74b34336110766101008a018a612617565b356110856101008b018b612617565b611093906020810190612635565b6040516110a394939291906127fc565b60405180910390a4505050505050565b5f8181526001602052604090206060906103ba90611bfc565b6110d4611f15565b5f83815260026020908152604080832063ffffffff861684529091528120906001820154600160201b900460ff1660048111156111135761111361207f565b0361114057604051633caa499360e11b81526004810185905263ffffffff84166024820152604401610b3f565b6040805160e08101825282548152600183015463ffffffff811660208301529091839190830190600160201b900460ff1660048111156111825761118261207f565b60048111156111935761119361207f565b815260018201546501000000000090046001600160a01b031660208083019190915260028301546001600160401b03808216604080860191909152600160401b90920416606084015280516101208101825260038501805482526004860180548451818702810187019095528085526080909601959294919385830193909283018282801561123f57602002820191905f5260205f20905b81548152602001906001019080831161122b575b5050505050815260200160028201805480602002602001604051908101604052809291908181526020015f905b828210156112c0575f8481526020908190206040805160608101825260038602909201805483526001808201546001600160a01b03168486015260029091015491830191909152908352909201910161126c565b50505050815260200160038201805480602002602001604051908101604052809291908181526020015f905b82821015611340575f8481526020908190206040805160608101825260038602909201805483526001808201546001600160a01b0316848601526002909101549183019190915290835290920191016112ec565b50505050815260200160048201805480602002602001604051908101604052809291908181526020015f905b828210156113b9578382905f5260205f2090600302016040518060600160405290815f8201548152602001600182015481526020016002820154815250508152602001906001019061136c565b50505050815260200160058201805480602002602001604051908101604052809291908181526020015f905b82821015611432578382905f5260205f2090600302016040518060600160405290815f820154815260200160018201548152602001600282015481525050815260200190600101906113e5565b50505050815260200160068201805480602002602001604051908101604052809291908181526020015f905b828210156114ab578382905f5260205f2090600302016040518060600160405290815f8201548152602001600182015481526020016002820154815250508152602001906001019061145e565b505050508152602001600782015f9054906101000a900463ffffffff1663ffffffff1663ffffffff168152602001600882016040518060400160405290815f820154815260200160018201805461150190612536565b80601f016020809104026020016040519081016040528092919081815260200182805461152d90612536565b80156115785780601f1061154f57610100808354040283529160200191611578565b820191905f5260205f20905b81548152906001019060200180831161155b57829003601f168201915b50505091909252505050905250905250949350505050565b5f61159a816117ad565b5f83815260026020908152604080832063ffffffff86168452909152812060018101549091600160201b90910460ff16908160048111156115dd576115dd61207f565b14806115fa575060048160048111156115f8576115f861207f565b145b1561162157848482600460405163434e8aa560e11b8152600401610b3f9493929190612843565b60018201805464ff00000000191664040000000017905560028201805467ffffffffffffffff60401b1916600160401b426001600160401b03160217905560405163ffffffff85169086907fef490575485731d3325c4bcf8e532f73bff9aa642fc6435e1d3915c0966d295a906116999085906120b3565b60405180910390a35050505050565b5f8181526001602052604081206103ba90611c08565b5f828152602081905260409020600101546116d8816117ad565b61043383836118ca565b5f60045f84815260026020908152604080832063ffffffff87168452909152902060010154600160201b900460ff1660048111156117225761172261207f565b149392505050565b5f611734816117ad565b6117428383600160026117ba565b60405163ffffffff83169084907f7b3a660ec47a8c3f49691b1e83e00ba917f6f7e6aa72e71b133198b1e65fbab0905f90a3505050565b5f6001600160e01b03198216637965db0b60e01b14806103ba57506301ffc9a760e01b6001600160e01b03198316146103ba565b6117b78133611c11565b50565b5f84815260026020908152604080832063ffffffff8716845290915290208260048111156117ea576117ea61207f565b6001820154600160201b900460ff16600481111561180a5761180a61207f565b1461183e57600181015460405163434e8aa560e11b8152610b3f9187918791600160201b900460ff16908690600401612843565b60018101805483919064ff000000001916600160201b8360048111156118665761186661207f565b0217905550600201805467ffffffffffffffff60401b1916600160401b426001600160401b03160217905550505050565b5f5f6118a38484611c4e565b90508015610a1b575f8481526001602052604090206118c29084611cdd565b509392505050565b5f5f6118d68484611cf1565b90508015610a1b575f8481526001602052604090206118c29084611d5a565b5f610a1b8383611d6e565b5f5b818110156109ff575f83838381811061191d5761191d612522565b90506020020135036119425760405163100a6afb60e31b815260040160405180910390fd5b5f5b818110156119c05783838381811061195e5761195e612522565b9050602002013584848381811061197757611977612522565b90506020020135036119b85783838381811061199557611995612522565b9050602002013560405163411c737760e11b8152600401610b3f91815260200190565b600101611944565b50600101611902565b5f5b818110156109ff57368383838181106119e6576119e6612522565b606002919091019150508035611a0f5760405163100a6afb60e31b815260040160405180910390fd5b5f5b82811015611a5f578135858583818110611a2d57611a2d612522565b9050606002015f013503611a575760405163411c737760e11b815282356004820152602401610b3f565b600101611a11565b50611a706040820160208301612870565b6001600160a01b03163b5f03611abd578035611a926040830160208401612870565b604051630cd573a760e21b815260048101929092526001600160a01b03166024820152604401610b3f565b5f611ace6040830160208401612870565b6001600160a01b03163f905081604001358114611b125760408051632e793bed60e11b81528335600482015290830135602482015260448101829052606401610b3f565b50506001016119cb565b5f5b818110156109ff5736838383818110611b3957611b39612522565b606002919091019150508035611b625760405163100a6afb60e31b815260040160405180910390fd5b5f5b82811015611bb2578135858583818110611b8057611b80612522565b9050606002015f013503611baa5760405163411c737760e11b815282356004820152602401610b3f565b600101611b64565b50806040013581602001351115611bf35760408051631ab70d3560e11b81528235600482015260208301356024820152908201356044820152606401610b3f565b50600101611b1e565b60605f610a1b83611d94565b5f6103ba825490565b611c1b8282610a22565b611c4a5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610b3f565b5050565b5f611c598383610a22565b611cd6575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055611c8e3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016103ba565b505f6103ba565b5f610a1b836001600160a01b038416611ded565b5f611cfc8383610a22565b15611cd6575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016103ba565b5f610a1b836001600160a01b038416611e32565b5f825f018281548110611d8357611d83612522565b905f5260205f200154905092915050565b6060815f01805480602002602001604051908101604052809291908181526020018280548015611de157602002820191905f5260205f20905b815481526020019060010190808311611dcd575b50505050509050919050565b5f818152600183016020526040812054611cd657508154600181810184555f8481526020808220909301849055845484825282860190935260409020919091556103ba565b5f8181526001830160205260408120548015611f0c575f611e546001836124fc565b85549091505f90611e67906001906124fc565b9050808214611ec6575f865f018281548110611e8557611e85612522565b905f5260205f200154905080875f018481548110611ea557611ea5612522565b5f918252602080832090910192909255918252600188019052604090208390555b8554869080611ed757611ed761288b565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f9055600193505050506103ba565b5f9150506103ba565b6040805160e0810182525f80825260208201819052909182019081525f60208201819052604082018190526060820152608001611f50611f9e565b905290565b828054828255905f5260205f20908101928215611f8e579160200282015b82811115611f8e578235825591602001919060010190611f73565b50611f9a929150612002565b5090565b6040518061012001604052805f81526020016060815260200160608152602001606081526020016060815260200160608152602001606081526020015f63ffffffff168152602001611f5060405180604001604052805f8152602001606081525090565b5b80821115611f9a575f8155600101612003565b5f60208284031215612026575f5ffd5b81356001600160e01b031981168114610a1b575f5ffd5b803563ffffffff81168114612050575f5ffd5b919050565b5f5f60408385031215612066575f5ffd5b823591506120766020840161203d565b90509250929050565b634e487b7160e01b5f52602160045260245ffd5b600581106120af57634e487b7160e01b5f52602160045260245ffd5b9052565b602081016103ba8284612093565b5f602082840312156120d1575f5ffd5b5035919050565b6001600160a01b03811681146117b7575f5ffd5b5f5f604083850312156120fd575f5ffd5b82359150602083013561210f816120d8565b809150509250929050565b5f5f6040838503121561212b575f5ffd5b50508035926020909101359150565b5f8151808452602084019350602083015f5b8281101561216a57815186526020958601959091019060010161214c565b5093949350505050565b5f8151808452602084019350602083015f5b8281101561216a578151805187526020808201516001600160a01b0316818901526040918201519188019190915260609096019590910190600101612186565b5f8151808452602084019350602083015f5b8281101561216a578151805187526020810151602088015260408101516040880152506060860195506020820191506001810190506121d8565b805182525f60208201516040602085015280518060408601528060208301606087015e5f606082870101526060601f19601f8301168601019250505092915050565b805182525f6020820151610120602085015261227461012085018261213a565b90506040830151848203604086015261228d8282612174565b915050606083015184820360608601526122a78282612174565b915050608083015184820360808601526122c182826121c6565b91505060a083015184820360a08601526122db82826121c6565b91505060c083015184820360c08601526122f582826121c6565b91505060e083015161230f60e086018263ffffffff169052565b506101008301518482036101008601526123298282612212565b95945050505050565b8051825263ffffffff60208201511660208301525f60408201516123596040850182612093565b5060018060a01b0360608301511660608401526001600160401b03608083015116608084015260a082015161239960a08501826001600160401b03169052565b5060c082015160e060c08501526123b360e0850182612254565b949350505050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b8281101561241257603f198786030184526123fd858351612332565b945060209384019391909101906001016123e1565b50929695505050505050565b5f5f5f60608486031215612430575f5ffd5b833592506124406020850161203d565b915060408401356001600160401b0381111561245a575f5ffd5b8401610120818703121561246c575f5ffd5b809150509250925092565b602080825282518282018190525f918401906040840190835b818110156124b75783516001600160a01b0316835260209384019390920191600101612490565b509095945050505050565b602081525f610a1b6020830184612332565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b818103818111156103ba576103ba6124e8565b808201808211156103ba576103ba6124e8565b634e487b7160e01b5f52603260045260245ffd5b600181811c9082168061254a57607f821691505b60208210810361256857634e487b7160e01b5f52602260045260245ffd5b50919050565b5f5f8335601e19843603018112612583575f5ffd5b8301803591506001600160401b0382111561259c575f5ffd5b60200191506060810236038213156125b2575f5ffd5b9250929050565b5f5f8335601e198436030181126125ce575f5ffd5b8301803591506001600160401b038211156125e7575f5ffd5b6020019150600581901b36038213156125b2575f5ffd5b5f6020828403121561260e575f5ffd5b610a1b8261203d565b5f8235603e1983360301811261262b575f5ffd5b9190910192915050565b5f5f8335601e1984360301811261264a575f5ffd5b8301803591506001600160401b03821115612663575f5ffd5b6020019150368190038213156125b2575f5ffd5b601f8211156109ff57805f5260205f20601f840160051c8101602085101561269c5750805b601f840160051c820191505b818110156126bb575f81556001016126a8565b5050505050565b8135815560018101602083013536849003601e190181126126e1575f5ffd5b830180356001600160401b03811180156126f9575f5ffd5b81360360208401131561270a575f5ffd5b5f9050506127228161271c8554612536565b85612677565b5f601f821160018114612756575f831561273f5750838201602001355b5f19600385901b1c1916600184901b1785556127b2565b5f85815260208120601f198516915b8281101561278757602085880181013583559485019460019092019101612765565b50848210156127a6575f1960f88660031b161c19602085880101351681555b505060018360011b0185555b50505050505050565b813581556001810160208301356127d1816120d8565b81546001600160a01b0319166001600160a01b03919091161790556040919091013560029190910155565b6001600160a01b0385168152602081018490526060604082018190528101829052818360808301375f818301608090810191909152601f909201601f191601019392505050565b84815263ffffffff84166020820152608081016128636040830185612093565b6123296060830184612093565b5f60208284031215612880575f5ffd5b8135610a1b816120d8565b634e487b7160e01b5f52603160045260245ffd";
