// generated — do not edit. Regenerate with `tsx reconciler/scripts/gen-abi.ts` after `forge build`.
// HaloRegistry from contracts/src/factory/HaloRegistry.sol.

export const haloRegistryAbi = [
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "admin",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "templateRegistry_",
        "type": "address",
        "internalType": "address"
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
    "name": "FACTORY",
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
    "name": "REGISTRAR",
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
    "name": "REVIEWER",
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
    "name": "agentCount",
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
    "type": "function",
    "name": "agentExists",
    "inputs": [
      {
        "name": "agentId",
        "type": "bytes32",
        "internalType": "bytes32"
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
    "name": "classCount",
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
    "type": "function",
    "name": "classExists",
    "inputs": [
      {
        "name": "classId",
        "type": "bytes32",
        "internalType": "bytes32"
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
    "name": "getAgent",
    "inputs": [
      {
        "name": "agentId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IHaloRegistry.AgentRecord",
        "components": [
          {
            "name": "agentId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "operator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "artifact",
            "type": "tuple",
            "internalType": "struct IHaloRegistry.Artifact",
            "components": [
              {
                "name": "uri",
                "type": "string",
                "internalType": "string"
              },
              {
                "name": "sha256",
                "type": "bytes32",
                "internalType": "bytes32"
              }
            ]
          },
          {
            "name": "registeredAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "classIds",
            "type": "bytes32[]",
            "internalType": "bytes32[]"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getAgentsPage",
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
        "internalType": "struct IHaloRegistry.AgentRecord[]",
        "components": [
          {
            "name": "agentId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "operator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "artifact",
            "type": "tuple",
            "internalType": "struct IHaloRegistry.Artifact",
            "components": [
              {
                "name": "uri",
                "type": "string",
                "internalType": "string"
              },
              {
                "name": "sha256",
                "type": "bytes32",
                "internalType": "bytes32"
              }
            ]
          },
          {
            "name": "registeredAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "classIds",
            "type": "bytes32[]",
            "internalType": "bytes32[]"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getClass",
    "inputs": [
      {
        "name": "classId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IHaloRegistry.ClassRecord",
        "components": [
          {
            "name": "classId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "agentId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "kind",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "templateId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "templateVersion",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "origin",
            "type": "uint8",
            "internalType": "enum IHaloRegistry.Origin"
          },
          {
            "name": "conformsToTemplate",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "almProxy",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "controller",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "rateLimits",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "operator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "freezer",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "govOps",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "depositAsset",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "contracts",
            "type": "tuple[]",
            "internalType": "struct IHaloRegistry.NamedAddress[]",
            "components": [
              {
                "name": "name",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "addr",
                "type": "address",
                "internalType": "address"
              }
            ]
          },
          {
            "name": "beacons",
            "type": "tuple[]",
            "internalType": "struct IHaloRegistry.BeaconOperator[]",
            "components": [
              {
                "name": "kind",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "operator",
                "type": "address",
                "internalType": "address"
              }
            ]
          },
          {
            "name": "params",
            "type": "tuple[]",
            "internalType": "struct IHaloRegistry.NamedValue[]",
            "components": [
              {
                "name": "name",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "value",
                "type": "uint256",
                "internalType": "uint256"
              }
            ]
          },
          {
            "name": "artifact",
            "type": "tuple",
            "internalType": "struct IHaloRegistry.Artifact",
            "components": [
              {
                "name": "uri",
                "type": "string",
                "internalType": "string"
              },
              {
                "name": "sha256",
                "type": "bytes32",
                "internalType": "bytes32"
              }
            ]
          },
          {
            "name": "recordedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "day0",
            "type": "tuple",
            "internalType": "struct IHaloRegistry.Day0Status",
            "components": [
              {
                "name": "cycles",
                "type": "uint32",
                "internalType": "uint32"
              },
              {
                "name": "reviewCount",
                "type": "uint32",
                "internalType": "uint32"
              },
              {
                "name": "endedAt",
                "type": "uint64",
                "internalType": "uint64"
              }
            ]
          },
          {
            "name": "unitIds",
            "type": "bytes32[]",
            "internalType": "bytes32[]"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getClassesPage",
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
        "internalType": "struct IHaloRegistry.ClassRecord[]",
        "components": [
          {
            "name": "classId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "agentId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "kind",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "templateId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "templateVersion",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "origin",
            "type": "uint8",
            "internalType": "enum IHaloRegistry.Origin"
          },
          {
            "name": "conformsToTemplate",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "almProxy",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "controller",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "rateLimits",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "operator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "freezer",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "govOps",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "depositAsset",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "contracts",
            "type": "tuple[]",
            "internalType": "struct IHaloRegistry.NamedAddress[]",
            "components": [
              {
                "name": "name",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "addr",
                "type": "address",
                "internalType": "address"
              }
            ]
          },
          {
            "name": "beacons",
            "type": "tuple[]",
            "internalType": "struct IHaloRegistry.BeaconOperator[]",
            "components": [
              {
                "name": "kind",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "operator",
                "type": "address",
                "internalType": "address"
              }
            ]
          },
          {
            "name": "params",
            "type": "tuple[]",
            "internalType": "struct IHaloRegistry.NamedValue[]",
            "components": [
              {
                "name": "name",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "value",
                "type": "uint256",
                "internalType": "uint256"
              }
            ]
          },
          {
            "name": "artifact",
            "type": "tuple",
            "internalType": "struct IHaloRegistry.Artifact",
            "components": [
              {
                "name": "uri",
                "type": "string",
                "internalType": "string"
              },
              {
                "name": "sha256",
                "type": "bytes32",
                "internalType": "bytes32"
              }
            ]
          },
          {
            "name": "recordedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "day0",
            "type": "tuple",
            "internalType": "struct IHaloRegistry.Day0Status",
            "components": [
              {
                "name": "cycles",
                "type": "uint32",
                "internalType": "uint32"
              },
              {
                "name": "reviewCount",
                "type": "uint32",
                "internalType": "uint32"
              },
              {
                "name": "endedAt",
                "type": "uint64",
                "internalType": "uint64"
              }
            ]
          },
          {
            "name": "unitIds",
            "type": "bytes32[]",
            "internalType": "bytes32[]"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getReviews",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple[]",
        "internalType": "struct IHaloRegistry.Review[]",
        "components": [
          {
            "name": "reportHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "reviewer",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "timestamp",
            "type": "uint64",
            "internalType": "uint64"
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
    "name": "getUnit",
    "inputs": [
      {
        "name": "unitId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IHaloRegistry.UnitRecord",
        "components": [
          {
            "name": "unitId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "classId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "origin",
            "type": "uint8",
            "internalType": "enum IHaloRegistry.Origin"
          },
          {
            "name": "contracts",
            "type": "tuple[]",
            "internalType": "struct IHaloRegistry.NamedAddress[]",
            "components": [
              {
                "name": "name",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "addr",
                "type": "address",
                "internalType": "address"
              }
            ]
          },
          {
            "name": "params",
            "type": "tuple[]",
            "internalType": "struct IHaloRegistry.NamedValue[]",
            "components": [
              {
                "name": "name",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "value",
                "type": "uint256",
                "internalType": "uint256"
              }
            ]
          },
          {
            "name": "deal",
            "type": "tuple",
            "internalType": "struct IHaloRegistry.DealInfo",
            "components": [
              {
                "name": "dealToken",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "tokenId",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "depositor",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "principal",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "bookId",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "termsHash",
                "type": "bytes32",
                "internalType": "bytes32"
              }
            ]
          },
          {
            "name": "artifact",
            "type": "tuple",
            "internalType": "struct IHaloRegistry.Artifact",
            "components": [
              {
                "name": "uri",
                "type": "string",
                "internalType": "string"
              },
              {
                "name": "sha256",
                "type": "bytes32",
                "internalType": "bytes32"
              }
            ]
          },
          {
            "name": "recordedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "day0",
            "type": "tuple",
            "internalType": "struct IHaloRegistry.Day0Status",
            "components": [
              {
                "name": "cycles",
                "type": "uint32",
                "internalType": "uint32"
              },
              {
                "name": "reviewCount",
                "type": "uint32",
                "internalType": "uint32"
              },
              {
                "name": "endedAt",
                "type": "uint64",
                "internalType": "uint64"
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
    "name": "getUnitsPage",
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
        "internalType": "struct IHaloRegistry.UnitRecord[]",
        "components": [
          {
            "name": "unitId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "classId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "origin",
            "type": "uint8",
            "internalType": "enum IHaloRegistry.Origin"
          },
          {
            "name": "contracts",
            "type": "tuple[]",
            "internalType": "struct IHaloRegistry.NamedAddress[]",
            "components": [
              {
                "name": "name",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "addr",
                "type": "address",
                "internalType": "address"
              }
            ]
          },
          {
            "name": "params",
            "type": "tuple[]",
            "internalType": "struct IHaloRegistry.NamedValue[]",
            "components": [
              {
                "name": "name",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "value",
                "type": "uint256",
                "internalType": "uint256"
              }
            ]
          },
          {
            "name": "deal",
            "type": "tuple",
            "internalType": "struct IHaloRegistry.DealInfo",
            "components": [
              {
                "name": "dealToken",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "tokenId",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "depositor",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "principal",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "bookId",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "termsHash",
                "type": "bytes32",
                "internalType": "bytes32"
              }
            ]
          },
          {
            "name": "artifact",
            "type": "tuple",
            "internalType": "struct IHaloRegistry.Artifact",
            "components": [
              {
                "name": "uri",
                "type": "string",
                "internalType": "string"
              },
              {
                "name": "sha256",
                "type": "bytes32",
                "internalType": "bytes32"
              }
            ]
          },
          {
            "name": "recordedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "day0",
            "type": "tuple",
            "internalType": "struct IHaloRegistry.Day0Status",
            "components": [
              {
                "name": "cycles",
                "type": "uint32",
                "internalType": "uint32"
              },
              {
                "name": "reviewCount",
                "type": "uint32",
                "internalType": "uint32"
              },
              {
                "name": "endedAt",
                "type": "uint64",
                "internalType": "uint64"
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
    "name": "isClassTemplateRevoked",
    "inputs": [
      {
        "name": "classId",
        "type": "bytes32",
        "internalType": "bytes32"
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
    "name": "isFactoryDeployed",
    "inputs": [
      {
        "name": "addr",
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
    "name": "ownerOf",
    "inputs": [
      {
        "name": "addr",
        "type": "address",
        "internalType": "address"
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
    "name": "recordFactoryClass",
    "inputs": [
      {
        "name": "record",
        "type": "tuple",
        "internalType": "struct IHaloRegistry.ClassRecord",
        "components": [
          {
            "name": "classId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "agentId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "kind",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "templateId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "templateVersion",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "origin",
            "type": "uint8",
            "internalType": "enum IHaloRegistry.Origin"
          },
          {
            "name": "conformsToTemplate",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "almProxy",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "controller",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "rateLimits",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "operator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "freezer",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "govOps",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "depositAsset",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "contracts",
            "type": "tuple[]",
            "internalType": "struct IHaloRegistry.NamedAddress[]",
            "components": [
              {
                "name": "name",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "addr",
                "type": "address",
                "internalType": "address"
              }
            ]
          },
          {
            "name": "beacons",
            "type": "tuple[]",
            "internalType": "struct IHaloRegistry.BeaconOperator[]",
            "components": [
              {
                "name": "kind",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "operator",
                "type": "address",
                "internalType": "address"
              }
            ]
          },
          {
            "name": "params",
            "type": "tuple[]",
            "internalType": "struct IHaloRegistry.NamedValue[]",
            "components": [
              {
                "name": "name",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "value",
                "type": "uint256",
                "internalType": "uint256"
              }
            ]
          },
          {
            "name": "artifact",
            "type": "tuple",
            "internalType": "struct IHaloRegistry.Artifact",
            "components": [
              {
                "name": "uri",
                "type": "string",
                "internalType": "string"
              },
              {
                "name": "sha256",
                "type": "bytes32",
                "internalType": "bytes32"
              }
            ]
          },
          {
            "name": "recordedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "day0",
            "type": "tuple",
            "internalType": "struct IHaloRegistry.Day0Status",
            "components": [
              {
                "name": "cycles",
                "type": "uint32",
                "internalType": "uint32"
              },
              {
                "name": "reviewCount",
                "type": "uint32",
                "internalType": "uint32"
              },
              {
                "name": "endedAt",
                "type": "uint64",
                "internalType": "uint64"
              }
            ]
          },
          {
            "name": "unitIds",
            "type": "bytes32[]",
            "internalType": "bytes32[]"
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "recordFactoryUnit",
    "inputs": [
      {
        "name": "record",
        "type": "tuple",
        "internalType": "struct IHaloRegistry.UnitRecord",
        "components": [
          {
            "name": "unitId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "classId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "origin",
            "type": "uint8",
            "internalType": "enum IHaloRegistry.Origin"
          },
          {
            "name": "contracts",
            "type": "tuple[]",
            "internalType": "struct IHaloRegistry.NamedAddress[]",
            "components": [
              {
                "name": "name",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "addr",
                "type": "address",
                "internalType": "address"
              }
            ]
          },
          {
            "name": "params",
            "type": "tuple[]",
            "internalType": "struct IHaloRegistry.NamedValue[]",
            "components": [
              {
                "name": "name",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "value",
                "type": "uint256",
                "internalType": "uint256"
              }
            ]
          },
          {
            "name": "deal",
            "type": "tuple",
            "internalType": "struct IHaloRegistry.DealInfo",
            "components": [
              {
                "name": "dealToken",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "tokenId",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "depositor",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "principal",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "bookId",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "termsHash",
                "type": "bytes32",
                "internalType": "bytes32"
              }
            ]
          },
          {
            "name": "artifact",
            "type": "tuple",
            "internalType": "struct IHaloRegistry.Artifact",
            "components": [
              {
                "name": "uri",
                "type": "string",
                "internalType": "string"
              },
              {
                "name": "sha256",
                "type": "bytes32",
                "internalType": "bytes32"
              }
            ]
          },
          {
            "name": "recordedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "day0",
            "type": "tuple",
            "internalType": "struct IHaloRegistry.Day0Status",
            "components": [
              {
                "name": "cycles",
                "type": "uint32",
                "internalType": "uint32"
              },
              {
                "name": "reviewCount",
                "type": "uint32",
                "internalType": "uint32"
              },
              {
                "name": "endedAt",
                "type": "uint64",
                "internalType": "uint64"
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
    "name": "recordLegacyClass",
    "inputs": [
      {
        "name": "record",
        "type": "tuple",
        "internalType": "struct IHaloRegistry.ClassRecord",
        "components": [
          {
            "name": "classId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "agentId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "kind",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "templateId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "templateVersion",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "origin",
            "type": "uint8",
            "internalType": "enum IHaloRegistry.Origin"
          },
          {
            "name": "conformsToTemplate",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "almProxy",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "controller",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "rateLimits",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "operator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "freezer",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "govOps",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "depositAsset",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "contracts",
            "type": "tuple[]",
            "internalType": "struct IHaloRegistry.NamedAddress[]",
            "components": [
              {
                "name": "name",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "addr",
                "type": "address",
                "internalType": "address"
              }
            ]
          },
          {
            "name": "beacons",
            "type": "tuple[]",
            "internalType": "struct IHaloRegistry.BeaconOperator[]",
            "components": [
              {
                "name": "kind",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "operator",
                "type": "address",
                "internalType": "address"
              }
            ]
          },
          {
            "name": "params",
            "type": "tuple[]",
            "internalType": "struct IHaloRegistry.NamedValue[]",
            "components": [
              {
                "name": "name",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "value",
                "type": "uint256",
                "internalType": "uint256"
              }
            ]
          },
          {
            "name": "artifact",
            "type": "tuple",
            "internalType": "struct IHaloRegistry.Artifact",
            "components": [
              {
                "name": "uri",
                "type": "string",
                "internalType": "string"
              },
              {
                "name": "sha256",
                "type": "bytes32",
                "internalType": "bytes32"
              }
            ]
          },
          {
            "name": "recordedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "day0",
            "type": "tuple",
            "internalType": "struct IHaloRegistry.Day0Status",
            "components": [
              {
                "name": "cycles",
                "type": "uint32",
                "internalType": "uint32"
              },
              {
                "name": "reviewCount",
                "type": "uint32",
                "internalType": "uint32"
              },
              {
                "name": "endedAt",
                "type": "uint64",
                "internalType": "uint64"
              }
            ]
          },
          {
            "name": "unitIds",
            "type": "bytes32[]",
            "internalType": "bytes32[]"
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "recordLegacyUnit",
    "inputs": [
      {
        "name": "record",
        "type": "tuple",
        "internalType": "struct IHaloRegistry.UnitRecord",
        "components": [
          {
            "name": "unitId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "classId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "origin",
            "type": "uint8",
            "internalType": "enum IHaloRegistry.Origin"
          },
          {
            "name": "contracts",
            "type": "tuple[]",
            "internalType": "struct IHaloRegistry.NamedAddress[]",
            "components": [
              {
                "name": "name",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "addr",
                "type": "address",
                "internalType": "address"
              }
            ]
          },
          {
            "name": "params",
            "type": "tuple[]",
            "internalType": "struct IHaloRegistry.NamedValue[]",
            "components": [
              {
                "name": "name",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "value",
                "type": "uint256",
                "internalType": "uint256"
              }
            ]
          },
          {
            "name": "deal",
            "type": "tuple",
            "internalType": "struct IHaloRegistry.DealInfo",
            "components": [
              {
                "name": "dealToken",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "tokenId",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "depositor",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "principal",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "bookId",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "termsHash",
                "type": "bytes32",
                "internalType": "bytes32"
              }
            ]
          },
          {
            "name": "artifact",
            "type": "tuple",
            "internalType": "struct IHaloRegistry.Artifact",
            "components": [
              {
                "name": "uri",
                "type": "string",
                "internalType": "string"
              },
              {
                "name": "sha256",
                "type": "bytes32",
                "internalType": "bytes32"
              }
            ]
          },
          {
            "name": "recordedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "day0",
            "type": "tuple",
            "internalType": "struct IHaloRegistry.Day0Status",
            "components": [
              {
                "name": "cycles",
                "type": "uint32",
                "internalType": "uint32"
              },
              {
                "name": "reviewCount",
                "type": "uint32",
                "internalType": "uint32"
              },
              {
                "name": "endedAt",
                "type": "uint64",
                "internalType": "uint64"
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
    "name": "recordReview",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "reportHash",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "registerAgent",
    "inputs": [
      {
        "name": "agentId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "artifact",
        "type": "tuple",
        "internalType": "struct IHaloRegistry.Artifact",
        "components": [
          {
            "name": "uri",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "sha256",
            "type": "bytes32",
            "internalType": "bytes32"
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
    "name": "setAgentOperator",
    "inputs": [
      {
        "name": "agentId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setArtifact",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "artifact",
        "type": "tuple",
        "internalType": "struct IHaloRegistry.Artifact",
        "components": [
          {
            "name": "uri",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "sha256",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
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
    "name": "templateRegistry",
    "inputs": [],
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
    "name": "unitCount",
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
    "type": "function",
    "name": "unitExists",
    "inputs": [
      {
        "name": "unitId",
        "type": "bytes32",
        "internalType": "bytes32"
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
    "type": "event",
    "name": "AgentOperatorSet",
    "inputs": [
      {
        "name": "agentId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousOperator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "AgentRegistered",
    "inputs": [
      {
        "name": "agentId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "artifactUri",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      },
      {
        "name": "artifactSha256",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ArtifactUpdated",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousSha256",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "sha256",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "uri",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      },
      {
        "name": "updatedBy",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ClassRecorded",
    "inputs": [
      {
        "name": "classId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "agentId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "origin",
        "type": "uint8",
        "indexed": false,
        "internalType": "enum IHaloRegistry.Origin"
      },
      {
        "name": "templateId",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "templateVersion",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      },
      {
        "name": "almProxy",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Day0Ended",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "reviewCount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "endedAt",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Day0Reviewed",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "index",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "reportHash",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "reviewer",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
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
    "name": "UnitRecorded",
    "inputs": [
      {
        "name": "unitId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "classId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "origin",
        "type": "uint8",
        "indexed": false,
        "internalType": "enum IHaloRegistry.Origin"
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
    "name": "HaloRegistry_AddressAlreadyRecorded",
    "inputs": [
      {
        "name": "addr",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "ownerId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "HaloRegistry_AgentExists",
    "inputs": [
      {
        "name": "agentId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "HaloRegistry_ClassExists",
    "inputs": [
      {
        "name": "classId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "HaloRegistry_Day0Over",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "HaloRegistry_IdTaken",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "HaloRegistry_NotArtifactUpdater",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "HaloRegistry_NotRegistrar",
    "inputs": [
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "HaloRegistry_UnitExists",
    "inputs": [
      {
        "name": "unitId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "HaloRegistry_UnknownAgent",
    "inputs": [
      {
        "name": "agentId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "HaloRegistry_UnknownClass",
    "inputs": [
      {
        "name": "classId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "HaloRegistry_UnknownId",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "HaloRegistry_ZeroAddress",
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
    "name": "HaloRegistry_ZeroId",
    "inputs": []
  }
] as const;

/** Creation bytecode. */
export const haloRegistryBytecode: `0x${string}` = "0x60a060405234801561000f575f5ffd5b5060405161444138038061444183398101604081905261002e91610227565b6001600160a01b0382166100725760405163733eb12f60e01b815260206004820152600560248201526430b236b4b760d91b60448201526064015b60405180910390fd5b6001600160a01b0381166100bc5760405163733eb12f60e01b815260206004820152601060248201526f74656d706c617465526567697374727960801b6044820152606401610069565b6001600160a01b0381166080526100d35f836100db565b505050610258565b5f806100e78484610111565b90508015610108575f84815260016020526040902061010690846101b8565b505b90505b92915050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166101b1575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101693390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161010b565b505f61010b565b5f610108836001600160a01b0384165f8181526001830160205260408120546101b157508154600181810184555f84815260208082209093018490558454848252828601909352604090209190915561010b565b80516001600160a01b0381168114610222575f5ffd5b919050565b5f5f60408385031215610238575f5ffd5b6102418361020c565b915061024f6020840161020c565b90509250929050565b6080516141ca6102775f395f8181610483015261221b01526141ca5ff3fe608060405234801561000f575f5ffd5b5060043610610229575f3560e01c8063a005293b1161012a578063b0db18ad116100b4578063cb60907711610079578063cb6090771461059b578063d547741f146105c2578063e6231402146105d5578063e6bf13e3146105e8578063f584fbf6146105fb575f5ffd5b8063b0db18ad14610547578063b7dc12841461055a578063b7e2fe1f14610562578063c365aa4f14610575578063ca15c87314610588575f5ffd5b8063a5b925d2116100fa578063a5b925d2146104cc578063a6c2af01146104df578063ab996317146104ff578063ade6527f14610507578063ae1b0cd014610527575f5ffd5b8063a005293b1461045e578063a0af81f01461047e578063a217fddf146104a5578063a3246ad3146104ac575f5ffd5b806336568abe116101b65780637438083c1161017b5780637438083c146103d3578063823b0827146103e65780639010d07c146103f957806391d1485414610424578063968e607e14610437575f5ffd5b806336568abe14610367578063528582f01461037a57806353c9883d1461039a5780635e3218b0146103ad5780636caa4707146103c0575f5ffd5b806323fa6b0c116101fc57806323fa6b0c146102c0578063248a9ca3146102e05780632dd31000146103025780632f2ff15d14610329578063335f4c761461033c575f5ffd5b806301ffc9a71461022d5780630d316d841461025557806314afd79e1461026a57806323801570146102a0575b5f5ffd5b61024061023b3660046133eb565b610603565b60405190151581526020015b60405180910390f35b610268610263366004613412565b61062d565b005b61029261027836600461345d565b6001600160a01b03165f9081526007602052604090205490565b60405190815260200161024c565b6102b36102ae366004613478565b610666565b60405161024c91906137e7565b6102d36102ce366004613478565b610a68565b60405161024c9190613913565b6102926102ee366004613478565b5f9081526020819052604090206001015490565b6102927f547b500e425d72fd0723933cceefc203cef652b4736fd04250c3369b3e1a0a7381565b610268610337366004613925565b610d4f565b61024061034a36600461345d565b6001600160a01b03165f9081526008602052604090205460ff1690565b610268610375366004613925565b610d79565b61038d610388366004613953565b610db1565b60405161024c9190613973565b6102686103a8366004613953565b61111f565b6102686103bb3660046139ec565b6112b7565b6102406103ce366004613478565b6114b7565b6102686103e1366004613a40565b6114e4565b6102686103f4366004613925565b611519565b61040c610407366004613953565b61160b565b6040516001600160a01b03909116815260200161024c565b610240610432366004613925565b611629565b6102927f408ebdd15991a158e11bdc330490103683be8be3dcaf3b674806340fa7f8039481565b61047161046c366004613478565b611651565b60405161024c9190613a77565b61040c7f000000000000000000000000000000000000000000000000000000000000000081565b6102925f81565b6104bf6104ba366004613478565b6116ed565b60405161024c9190613ae4565b6102406104da366004613478565b611706565b6104f26104ed366004613478565b61170e565b60405161024c9190613b80565b600a54610292565b61051a610515366004613953565b6118a5565b60405161024c9190613b92565b61053a610535366004613953565b611d22565b60405161024c9190613be9565b610240610555366004613478565b611f36565b600954610292565b610268610570366004613412565b611f3e565b610268610583366004613c40565b611f53565b610292610596366004613478565b61214f565b6102927fd6b769dbdbf190871759edfb79bd17eda0005e1b8c3b6b3f5b480b5604ad501481565b6102686105d0366004613925565b612165565b6102406105e3366004613478565b612189565b6102686105f6366004613a40565b61228c565b600b54610292565b5f6001600160e01b03198216635a05180f60e01b14806106275750610627826122a1565b92915050565b7f547b500e425d72fd0723933cceefc203cef652b4736fd04250c3369b3e1a0a73610657816122d5565b6106628260016122e2565b5050565b61066e6131b0565b60025f8381526002602052604090205460ff1660038111156106925761069261348f565b146106b85760405163137b82f160e01b8152600481018390526024015b60405180910390fd5b5f8281526004602081815260409283902083516102a0810185528154815260018201549281019290925260028082015494830194909452600381015460608301529182015463ffffffff81166080830152909260a0840191600160201b900460ff169081111561072a5761072a61348f565b600281111561073b5761073b61348f565b8152600482015460ff6501000000000082041615156020808401919091526001600160a01b03600160301b90920482166040808501919091526005850154831660608501526006850154831660808501526007850154831660a08501526008850154831660c08501526009850154831660e0850152600a850154909216610100840152600b840180548351818402810184019094528084526101209094019390915f9084015b82821015610828575f8481526020908190206040805180820190915260028502909101805482526001908101546001600160a01b03168284015290835290920191016107e1565b505050508152602001600c8201805480602002602001604051908101604052809291908181526020015f905b8282101561089b575f8481526020908190206040805180820190915260028502909101805482526001908101546001600160a01b0316828401529083529092019101610854565b505050508152602001600d8201805480602002602001604051908101604052809291908181526020015f905b8282101561090a578382905f5260205f2090600202016040518060400160405290815f8201548152602001600182015481525050815260200190600101906108c7565b505050508152602001600e82016040518060400160405290815f8201805461093190613c83565b80601f016020809104026020016040519081016040528092919081815260200182805461095d90613c83565b80156109a85780601f1061097f576101008083540402835291602001916109a8565b820191905f5260205f20905b81548152906001019060200180831161098b57829003601f168201915b50505091835250506001919091015460209182015290825260108301546001600160401b03908116838301526040805160608082018352601187015463ffffffff8082168452600160201b82041683870152600160401b9004909316818301528185015260128501805482518186028101860190935280835292909401939092909190830182828015610a5857602002820191905f5260205f20905b815481526020019060010190808311610a44575b5050505050815250509050919050565b610a706132ce565b60035f8381526002602052604090205460ff166003811115610a9457610a9461348f565b14610ab5576040516310f28d0f60e01b8152600481018390526024016106af565b5f8281526005602090815260409182902082516101208101845281548152600182015492810192909252600280820154929391929184019160ff1690811115610b0057610b0061348f565b6002811115610b1157610b1161348f565b815260200160038201805480602002602001604051908101604052809291908181526020015f905b82821015610b80575f8481526020908190206040805180820190915260028502909101805482526001908101546001600160a01b0316828401529083529092019101610b39565b50505050815260200160048201805480602002602001604051908101604052809291908181526020015f905b82821015610bef578382905f5260205f2090600202016040518060400160405290815f820154815260200160018201548152505081526020019060010190610bac565b505050908252506040805160c08101825260058401546001600160a01b03908116825260068501546020838101919091526007860154909116828401526008850154606083015260098501546080830152600a85015460a083015283015280518082018252600b840180549290930192909182908290610c6e90613c83565b80601f0160208091040260200160405190810160405280929190818152602001828054610c9a90613c83565b8015610ce55780601f10610cbc57610100808354040283529160200191610ce5565b820191905f5260205f20905b815481529060010190602001808311610cc857829003601f168201915b505050918352505060019190910154602091820152908252600d8301546001600160401b039081168383015260408051606081018252600e9095015463ffffffff8082168752600160201b82041693860193909352600160401b9092041683820152015292915050565b5f82815260208190526040902060010154610d69816122d5565b610d7383836128a0565b50505050565b6001600160a01b0381163314610da25760405163334bd91960e11b815260040160405180910390fd5b610dac82826128d3565b505050565b60605f5f610dc5600b8054905086866128fe565b9092509050610dd48282613cc9565b6001600160401b03811115610deb57610deb613cdc565b604051908082528060200260200182016040528015610e2457816020015b610e116132ce565b815260200190600190039081610e095790505b509250815b818110156111165760055f600b8381548110610e4757610e47613cf0565b905f5260205f20015481526020019081526020015f20604051806101200160405290815f820154815260200160018201548152602001600282015f9054906101000a900460ff166002811115610e9f57610e9f61348f565b6002811115610eb057610eb061348f565b815260200160038201805480602002602001604051908101604052809291908181526020015f905b82821015610f1f575f8481526020908190206040805180820190915260028502909101805482526001908101546001600160a01b0316828401529083529092019101610ed8565b50505050815260200160048201805480602002602001604051908101604052809291908181526020015f905b82821015610f8e578382905f5260205f2090600202016040518060400160405290815f820154815260200160018201548152505081526020019060010190610f4b565b505050908252506040805160c08101825260058401546001600160a01b03908116825260068501546020838101919091526007860154909116828401526008850154606083015260098501546080830152600a85015460a083015283015280518082018252600b84018054929093019290918290829061100d90613c83565b80601f016020809104026020016040519081016040528092919081815260200182805461103990613c83565b80156110845780601f1061105b57610100808354040283529160200191611084565b820191905f5260205f20905b81548152906001019060200180831161106757829003601f168201915b505050918352505060019190910154602091820152908252600d8301546001600160401b039081168383015260408051606081018252600e9095015463ffffffff8082168752600160201b82041693860193909352600160401b90920416838201520152846110f38584613cc9565b8151811061110357611103613cf0565b6020908102919091010152600101610e29565b50505092915050565b7f408ebdd15991a158e11bdc330490103683be8be3dcaf3b674806340fa7f80394611149816122d5565b5f61115384612940565b8054909150600160401b90046001600160401b03161561118957604051635c1e118360e01b8152600481018590526024016106af565b5f8481526006602090815260408083208151606081018352878152338185019081526001600160401b03428116948301948552835460018181018655948852958720925160029096029092019485555193820180549351909116600160a01b026001600160e01b03199093166001600160a01b0394909416939093179190911790915582546112299163ffffffff600160201b9092049190911690613d04565b825467ffffffff000000001916600160201b63ffffffff831602178355905033611254600183613d20565b63ffffffff16867f0176fdca776c09051357f280c3aa3c70a984377c5b5cbddd2e924334c3899e9b8760405161128c91815260200190565b60405180910390a4815463ffffffff908116908216106112b0576112b085836129ca565b5050505050565b6112e17fd6b769dbdbf190871759edfb79bd17eda0005e1b8c3b6b3f5b480b5604ad501433611629565b1580156112f557506112f35f33611629565b155b1561131457604051628d360160e61b81523360048201526024016106af565b82611332576040516307e5c14160e01b815260040160405180910390fd5b5f8381526002602052604081205460ff1660038111156113545761135461348f565b1461137557604051634707414f60e11b8152600481018490526024016106af565b6001600160a01b0382166113b75760405163733eb12f60e01b815260206004820152600860248201526737b832b930ba37b960c11b60448201526064016106af565b5f8381526002602081815260408084208054600160ff199091168117909155600390925290922085815591820180546001600160a01b0319166001600160a01b0386161790558290820161140b8282613e82565b505060048101805467ffffffffffffffff1916426001600160401b0316179055600980546001810182555f919091527f6e1540171b6c0c960b71a7020d9f60077f6af931a8bbf590da0223dacf75c7af018490556001600160a01b038316847f23b3bf82e0bebe89f344dd5ff532c2eb6baa435d5204150e16b0806666c7a2476114958580613d3c565b86602001356040516114a993929190613fa1565b60405180910390a350505050565b5f60025b5f8381526002602052604090205460ff1660038111156114dd576114dd61348f565b1492915050565b7f547b500e425d72fd0723933cceefc203cef652b4736fd04250c3369b3e1a0a7361150e816122d5565b610662826001612a45565b5f611523816122d5565b60015f8481526002602052604090205460ff1660038111156115475761154761348f565b146115685760405163c50f029560e01b8152600481018490526024016106af565b6001600160a01b0382166115aa5760405163733eb12f60e01b815260206004820152600860248201526737b832b930ba37b960c11b60448201526064016106af565b5f8381526003602052604080822060010180546001600160a01b031981166001600160a01b038781169182179093559251911692839187917f901506523deeb98dda0d6a076103b1fc25112f8643baa1c0d2be356dbaf34ced91a450505050565b5f8281526001602052604081206116229083612d21565b9392505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b606060065f8381526020019081526020015f20805480602002602001604051908101604052809291908181526020015f905b828210156116e2575f8481526020908190206040805160608101825260028602909201805483526001908101546001600160a01b03811684860152600160a01b90046001600160401b0316918301919091529083529092019101611683565b505050509050919050565b5f81815260016020526040902060609061062790612d2c565b5f60016114bb565b61171661339c565b60015f8381526002602052604090205460ff16600381111561173a5761173a61348f565b1461175b5760405163c50f029560e01b8152600481018390526024016106af565b5f82815260036020908152604091829020825160a0810184528154815260018201546001600160a01b031692810192909252825180840184526002820180549394929392850192829082906117af90613c83565b80601f01602080910402602001604051908101604052809291908181526020018280546117db90613c83565b80156118265780601f106117fd57610100808354040283529160200191611826565b820191905f5260205f20905b81548152906001019060200180831161180957829003601f168201915b50505091835250506001919091015460209182015290825260048301546001600160401b0316828201526005830180546040805182850281018501825282815294019392830182828015610a5857602002820191905f5260205f2090815481526020019060010190808311610a44575050505050815250509050919050565b60605f5f6118b9600a8054905086866128fe565b90925090506118c88282613cc9565b6001600160401b038111156118df576118df613cdc565b60405190808252806020026020018201604052801561191857816020015b6119056131b0565b8152602001906001900390816118fd5790505b509250815b818110156111165760045f600a838154811061193b5761193b613cf0565b5f9182526020808320909101548352828101939093526040918201902081516102a081018352815481526001820154938101939093526002808201549284019290925260038101546060840152600481015463ffffffff81166080850152909160a084019160ff600160201b90910416908111156119bb576119bb61348f565b60028111156119cc576119cc61348f565b8152600482015460ff6501000000000082041615156020808401919091526001600160a01b03600160301b90920482166040808501919091526005850154831660608501526006850154831660808501526007850154831660a08501526008850154831660c08501526009850154831660e0850152600a850154909216610100840152600b840180548351818402810184019094528084526101209094019390915f9084015b82821015611ab9575f8481526020908190206040805180820190915260028502909101805482526001908101546001600160a01b0316828401529083529092019101611a72565b505050508152602001600c8201805480602002602001604051908101604052809291908181526020015f905b82821015611b2c575f8481526020908190206040805180820190915260028502909101805482526001908101546001600160a01b0316828401529083529092019101611ae5565b505050508152602001600d8201805480602002602001604051908101604052809291908181526020015f905b82821015611b9b578382905f5260205f2090600202016040518060400160405290815f820154815260200160018201548152505081526020019060010190611b58565b505050508152602001600e82016040518060400160405290815f82018054611bc290613c83565b80601f0160208091040260200160405190810160405280929190818152602001828054611bee90613c83565b8015611c395780601f10611c1057610100808354040283529160200191611c39565b820191905f5260205f20905b815481529060010190602001808311611c1c57829003601f168201915b50505091835250506001919091015460209182015290825260108301546001600160401b03908116838301526040805160608082018352601187015463ffffffff8082168452600160201b82041683870152600160401b9004909316818301528185015260128501805482518186028101860190935280835292909401939092909190830182828015611ce957602002820191905f5260205f20905b815481526020019060010190808311611cd5575b505050505081525050848483611cff9190613cc9565b81518110611d0f57611d0f613cf0565b602090810291909101015260010161191d565b60605f5f611d3660098054905086866128fe565b9092509050611d458282613cc9565b6001600160401b03811115611d5c57611d5c613cdc565b604051908082528060200260200182016040528015611d9557816020015b611d8261339c565b815260200190600190039081611d7a5790505b509250815b818110156111165760035f60098381548110611db857611db8613cf0565b5f91825260208083209091015483528281019390935260409182019020815160a0810183528154815260018201546001600160a01b03169381019390935281518083018352600282018054929385019282908290611e1590613c83565b80601f0160208091040260200160405190810160405280929190818152602001828054611e4190613c83565b8015611e8c5780601f10611e6357610100808354040283529160200191611e8c565b820191905f5260205f20905b815481529060010190602001808311611e6f57829003601f168201915b50505091835250506001919091015460209182015290825260048301546001600160401b0316828201526005830180546040805182850281018501825282815294019392830182828015611efd57602002820191905f5260205f20905b815481526020019060010190808311611ee9575b505050505081525050848483611f139190613cc9565b81518110611f2357611f23613cf0565b6020908102919091010152600101611d9a565b5f60036114bb565b5f611f48816122d5565b6106628260026122e2565b5f8281526002602052604081205460ff1690816003811115611f7757611f7761348f565b03611f98576040516310f28d0f60e01b8152600481018490526024016106af565b5f6001826003811115611fad57611fad61348f565b14612008576002826003811115611fc657611fc661348f565b14611ff2575f84815260056020908152604080832060019081015484526004909252909120015461200a565b5f8481526004602052604090206001015461200a565b835b90506120165f33611629565b15801561203c57505f818152600360205260409020600101546001600160a01b03163314155b1561206357604051631c990a7b60e31b8152600481018590523360248201526044016106af565b5f60018360038111156120785761207861348f565b146120c05760028360038111156120915761209161348f565b146120ab575f858152600560205260409020600b016120d1565b5f858152600460205260409020600e016120d1565b5f8581526003602052604090206002015b60018101549091506120e38580613d3c565b83916120f0919083613dc9565b50602085013560018301819055339087907fd88b97d58b8b5bc97b3bd1c7575e98d97748782739afdd24364c3508b6aec45c90849061212f8a80613d3c565b60405161213f9493929190613fc4565b60405180910390a3505050505050565b5f81815260016020526040812061062790612d38565b5f8281526020819052604090206001015461217f816122d5565b610d7383836128d3565b5f60025f8381526002602052604090205460ff1660038111156121ae576121ae61348f565b146121cf5760405163137b82f160e01b8152600481018390526024016106af565b5f82815260046020526040902060038101546121ed57505f92915050565b60038101546004808301546040516379ce87fb60e11b81529182019290925263ffffffff90911660248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f39d0ff690604401602060405180830381865afa158015612268573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116229190613ffa565b5f612296816122d5565b610662826002612a45565b5f6001600160e01b03198216637965db0b60e01b148061062757506301ffc9a760e01b6001600160e01b0319831614610627565b6122df8133612d41565b50565b813580612302576040516307e5c14160e01b815260040160405180910390fd5b5f8181526002602052604081205460ff1660038111156123245761232461348f565b146123455760405163155c98a560e01b8152600481018290526024016106af565b60016020808501355f9081526002909152604090205460ff16600381111561236f5761236f61348f565b146123935760405163c50f029560e01b8152602084013560048201526024016106af565b5f6123a5610100850160e0860161345d565b6001600160a01b0316036123e75760405163733eb12f60e01b8152602060048201526008602482015267616c6d50726f787960c01b60448201526064016106af565b5f818152600260208181526040808420805460ff191684179055600482529283902084815590860135600182015591850135908201556060840135600382015561243760a0850160808601614015565b60048201805463ffffffff9290921663ffffffff19831681178255859264ffffffffff191617600160201b8360028111156124745761247461348f565b0217905550600183600281111561248d5761248d61348f565b14806124a457506124a460e0850160c08601614038565b600482018054911515650100000000000265ff0000000000199092169190911790556124d7610100850160e0860161345d565b6004820180546001600160a01b0392909216600160301b026601000000000000600160d01b03199092169190911790556125196101208501610100860161345d565b6005820180546001600160a01b0319166001600160a01b039290921691909117905561254d6101408501610120860161345d565b6006820180546001600160a01b0319166001600160a01b03929092169190911790556125816101608501610140860161345d565b6007820180546001600160a01b0319166001600160a01b03929092169190911790556125b56101808501610160860161345d565b6008820180546001600160a01b0319166001600160a01b03929092169190911790556125e96101a08501610180860161345d565b6009820180546001600160a01b0319166001600160a01b039290921691909117905561261d6101c085016101a0860161345d565b600a820180546001600160a01b0319166001600160a01b039290921691909117905561264d610220850185614053565b600e820161265b8282613e82565b505060108101805467ffffffffffffffff1916426001600160401b031617905561268d61028085016102608601614015565b60118201805463ffffffff191663ffffffff929092169190911790556126c5600b82016126be6101c0870187614071565b8587612d7a565b5f5b6126d56101e0860186614071565b905081101561273757600c82016126f06101e0870187614071565b8381811061270057612700613cf0565b83546001810185555f948552602090942060409091029290920192600202909101905061272d82826140f5565b50506001016126c7565b505f5b612748610200860186614071565b90508110156127b757600d8201612763610200870187614071565b8381811061277357612773613cf0565b83546001810185555f94855260209094206040909102929092019260020290910190506127ad828281358155602090910135600190910155565b505060010161273a565b506020808501355f8181526003835260408120600501805460018181018355918352938220909301859055600a8054938401815590527fc65a7bb8d6351c1cf70c95a316cc6a92839c986682d98bc35f958f4883f9d2a8909101839055827f0b517c8152b1e65eba9fb52a99123693c36c7916c89fbdcb78c151b29c2f1cb185606088013561284c60a08a0160808b01614015565b61285d6101008b0160e08c0161345d565b60405161286d94939291906140ff565b60405180910390a361288761028085016102608601614015565b63ffffffff165f03610d7357610d7382826011016129ca565b5f5f6128ac8484612ee9565b90508015611622575f8481526001602052604090206128cb9084612f78565b509392505050565b5f5f6128df8484612f8c565b90508015611622575f8481526001602052604090206128cb9084612ff5565b5f5f84841061291157505f905080612938565b838361291d8288613cc9565b106129315761292c8486614137565b612933565b855b915091505b935093915050565b5f81815260026020819052604082205460ff16908160038111156129665761296661348f565b036129805750505f90815260046020526040902060110190565b60038160038111156129945761299461348f565b036129ae5750505f908152600560205260409020600e0190565b6040516310f28d0f60e01b8152600481018490526024016106af565b80546fffffffffffffffff00000000000000001916600160401b426001600160401b03169081029190911780835560408051600160201b90920463ffffffff168252602082019290925283917f8058327a0fe21a15e7211bff9c473ece8397f809cb8764fed8a7aa0094f05cd4910160405180910390a25050565b813580612a65576040516307e5c14160e01b815260040160405180910390fd5b5f8181526002602052604081205460ff166003811115612a8757612a8761348f565b14612aa8576040516310882acd60e01b8152600481018290526024016106af565b60026020808501355f9081526002909152604090205460ff166003811115612ad257612ad261348f565b14612af65760405163137b82f160e01b8152602084013560048201526024016106af565b5f818152600260208181526040808420805460ff199081166003179091556005835293208481559086013560018281019190915581830180549294879491931691908490811115612b4957612b4961348f565b021790555060a0840160058201612b60828261414a565b50612b719050610160850185614053565b600b8201612b7f8282613e82565b5050600d8101805467ffffffffffffffff1916426001600160401b0316179055612bb16101c085016101a08601614015565b600e8201805463ffffffff191663ffffffff92909216919091179055612be1600382016126be6060870187614071565b5f5b612bf06080860186614071565b9050811015612c5e5760048201612c0a6080870187614071565b83818110612c1a57612c1a613cf0565b83546001810185555f9485526020909420604090910292909201926002029091019050612c54828281358155602090910135600190910155565b5050600101612be3565b506020808501355f818152600483526040808220601201805460018181018355918452948320909401869055600b805494850181559091527f0175b7a638427703f0dbe7bb9bbf987a2551717b34e79f33b5b1008d1fa01db9909201849055905183907f553744cca20cb82b5302396fd2118c170d411b5bb4b69896741e0051db7f10d890612cee9087906141a8565b60405180910390a3612d086101c085016101a08601614015565b63ffffffff165f03610d7357610d738282600e016129ca565b5f6116228383613009565b60605f6116228361302f565b5f610627825490565b612d4b8282611629565b6106625760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016106af565b5f5b83811015612ee1575f858583818110612d9757612d97613cf0565b9050604002016020016020810190612daf919061345d565b90506001600160a01b038116612df35760405163733eb12f60e01b815260206004820152600860248201526718dbdb9d1c9858dd60c21b60448201526064016106af565b6001600160a01b0381165f908152600760205260409020548015612e3c57604051635ae045f160e01b81526001600160a01b0383166004820152602481018290526044016106af565b6001600160a01b0382165f9081526007602052604090208590556001846002811115612e6a57612e6a61348f565b03612e92576001600160a01b0382165f908152600860205260409020805460ff191660011790555b87878785818110612ea557612ea5613cf0565b83546001810185555f9485526020909420604090910292909201926002029091019050612ed282826140f5565b50505050806001019050612d7c565b505050505050565b5f612ef48383611629565b612f71575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055612f293390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610627565b505f610627565b5f611622836001600160a01b038416613088565b5f612f978383611629565b15612f71575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610627565b5f611622836001600160a01b0384166130cd565b5f825f01828154811061301e5761301e613cf0565b905f5260205f200154905092915050565b6060815f0180548060200260200160405190810160405280929190818152602001828054801561307c57602002820191905f5260205f20905b815481526020019060010190808311613068575b50505050509050919050565b5f818152600183016020526040812054612f7157508154600181810184555f848152602080822090930184905584548482528286019093526040902091909155610627565b5f81815260018301602052604081205480156131a7575f6130ef600183613cc9565b85549091505f9061310290600190613cc9565b9050808214613161575f865f01828154811061312057613120613cf0565b905f5260205f200154905080875f01848154811061314057613140613cf0565b5f918252602080832090910192909255918252600188019052604090208390555b8554869080613172576131726141b6565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f905560019350505050610627565b5f915050610627565b604051806102a001604052805f81526020015f81526020015f81526020015f81526020015f63ffffffff1681526020015f60028111156131f2576131f261348f565b81526020015f151581526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f6001600160a01b031681526020016060815260200160608152602001606081526020016132996040518060400160405280606081526020015f81525090565b81525f602080830182905260408051606081018252838152918201839052818101929092529101908152602001606081525090565b6040518061012001604052805f81526020015f81526020015f60028111156132f8576132f861348f565b815260200160608152602001606081526020016133506040518060c001604052805f6001600160a01b031681526020015f81526020015f6001600160a01b031681526020015f81526020015f81526020015f81525090565b81526020016133716040518060400160405280606081526020015f81525090565b81525f6020808301829052604080516060810182528381529182018390528181019290925291015290565b6040518060a001604052805f81526020015f6001600160a01b031681526020016133d86040518060400160405280606081526020015f81525090565b81525f6020820152606060409091015290565b5f602082840312156133fb575f5ffd5b81356001600160e01b031981168114611622575f5ffd5b5f60208284031215613422575f5ffd5b81356001600160401b03811115613437575f5ffd5b82016102e08185031215611622575f5ffd5b6001600160a01b03811681146122df575f5ffd5b5f6020828403121561346d575f5ffd5b813561162281613449565b5f60208284031215613488575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b600381106134bf57634e487b7160e01b5f52602160045260245ffd5b9052565b5f8151808452602084019350602083015f5b82811015613511576134fb868351805182526020908101516001600160a01b0316910152565b60409590950194602091909101906001016134d5565b5093949350505050565b5f8151808452602084019350602083015f5b8281101561351157815180518752602090810151818801526040909601959091019060010161352d565b5f81516040845280518060408601528060208301606087015e5f60608287010152602084015160208601526060601f19601f8301168601019250505092915050565b5f8151808452602084019350602083015f5b828110156135115781518652602095860195909101906001016135ab565b805182526020810151602083015260408101516040830152606081015160608301525f6080820151613603608085018263ffffffff169052565b5060a082015161361660a08501826134a3565b5060c082015161362a60c085018215159052565b5060e082015161364560e08501826001600160a01b03169052565b506101008201516136626101008501826001600160a01b03169052565b5061012082015161367f6101208501826001600160a01b03169052565b5061014082015161369c6101408501826001600160a01b03169052565b506101608201516136b96101608501826001600160a01b03169052565b506101808201516136d66101808501826001600160a01b03169052565b506101a08201516136f36101a08501826001600160a01b03169052565b506101c08201516102e06101c08501526137116102e08501826134c3565b90506101e08301518482036101e086015261372c82826134c3565b915050610200830151848203610200860152613748828261351b565b9150506102208301518482036102208601526137648282613557565b9150506102408301516137836102408601826001600160401b03169052565b506102608301516137c461026086018263ffffffff815116825263ffffffff60208201511660208301526001600160401b0360408201511660408301525050565b506102808301518482036102c08601526137de8282613599565b95945050505050565b602081525f61162260208301846135c9565b80518252602081015160208301525f604082015161381a60408501826134a3565b50606082015161020060608501526138366102008501826134c3565b90506080830151848203608086015261384f828261351b565b60a08581015180516001600160a01b0390811689840152602082015160c08a015260408201511660e0890152606081015161010089015260808101516101208901529081015161014088015290925090505060c08301518482036101608601526138b98282613557565b91505060e08301516138d76101808601826001600160401b03169052565b50610100830151805163ffffffff9081166101a08701526020820151166101c086015260408101516001600160401b03166101e08601526128cb565b602081525f61162260208301846137f9565b5f5f60408385031215613936575f5ffd5b82359150602083013561394881613449565b809150509250929050565b5f5f60408385031215613964575f5ffd5b50508035926020909101359150565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b828110156139ca57603f198786030184526139b58583516137f9565b94506020938401939190910190600101613999565b50929695505050505050565b5f604082840312156139e6575f5ffd5b50919050565b5f5f5f606084860312156139fe575f5ffd5b833592506020840135613a1081613449565b915060408401356001600160401b03811115613a2a575f5ffd5b613a36868287016139d6565b9150509250925092565b5f60208284031215613a50575f5ffd5b81356001600160401b03811115613a65575f5ffd5b82016102008185031215611622575f5ffd5b602080825282518282018190525f918401906040840190835b81811015613ad9578351805184526020808201516001600160a01b0316818601526040918201516001600160401b03169185019190915290930192606090920191600101613a90565b509095945050505050565b602080825282518282018190525f918401906040840190835b81811015613ad95783516001600160a01b0316835260209384019390920191600101613afd565b8051825260018060a01b0360208201511660208301525f604082015160a06040850152613b5460a0850182613557565b90506001600160401b036060840151166060850152608083015184820360808601526137de8282613599565b602081525f6116226020830184613b24565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b828110156139ca57603f19878603018452613bd48583516135c9565b94506020938401939190910190600101613bb8565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b828110156139ca57603f19878603018452613c2b858351613b24565b94506020938401939190910190600101613c0f565b5f5f60408385031215613c51575f5ffd5b8235915060208301356001600160401b03811115613c6d575f5ffd5b613c79858286016139d6565b9150509250929050565b600181811c90821680613c9757607f821691505b6020821081036139e657634e487b7160e01b5f52602260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8181038181111561062757610627613cb5565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b63ffffffff818116838216019081111561062757610627613cb5565b63ffffffff828116828216039081111561062757610627613cb5565b5f5f8335601e19843603018112613d51575f5ffd5b8301803591506001600160401b03821115613d6a575f5ffd5b602001915036819003821315613d7e575f5ffd5b9250929050565b601f821115610dac57805f5260205f20601f840160051c81016020851015613daa5750805b601f840160051c820191505b818110156112b0575f8155600101613db6565b6001600160401b03831115613de057613de0613cdc565b613df483613dee8354613c83565b83613d85565b5f601f841160018114613e25575f8515613e0e5750838201355b5f19600387901b1c1916600186901b1783556112b0565b5f83815260208120601f198716915b82811015613e545786850135825560209485019460019092019101613e34565b5086821015613e70575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b8135601e19833603018112613e95575f5ffd5b820180356001600160401b0381118015613ead575f5ffd5b813603602084011315613ebe575f5ffd5b5f905050613ed681613ed08554613c83565b85613d85565b5f601f821160018114613f0a575f8315613ef35750838201602001355b5f19600385901b1c1916600184901b178555613f66565b5f85815260208120601f198516915b82811015613f3b57602085880181013583559485019460019092019101613f19565b5084821015613f5a575f1960f88660031b161c19602085880101351681555b505060018360011b0185555b5050505060209190910135600190910155565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f613fb4604083018587613f79565b9050826020830152949350505050565b848152836020820152606060408201525f613fe3606083018486613f79565b9695505050505050565b80151581146122df575f5ffd5b5f6020828403121561400a575f5ffd5b815161162281613fed565b5f60208284031215614025575f5ffd5b813563ffffffff81168114611622575f5ffd5b5f60208284031215614048575f5ffd5b813561162281613fed565b5f8235603e19833603018112614067575f5ffd5b9190910192915050565b5f5f8335601e19843603018112614086575f5ffd5b8301803591506001600160401b0382111561409f575f5ffd5b6020019150600681901b3603821315613d7e575f5ffd5b80546001600160a01b0319166001600160a01b0392909216919091179055565b8135815560208201356140e881613449565b610dac81600184016140b6565b61066282826140d6565b6080810161410d82876134a3565b602082019490945263ffffffff9290921660408301526001600160a01b0316606090910152919050565b8082018082111561062757610627613cb5565b813561415581613449565b61415f81836140b6565b5060208201356001820155604082013561417881613449565b61418581600284016140b6565b50606082013560038201556080820135600482015560a090910135600590910155565b6020810161062782846134a3565b634e487b7160e01b5f52603160045260245ffd";
