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
            "name": "recordedAt",
            "type": "uint64",
            "internalType": "uint64"
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
            "name": "paramsHash",
            "type": "bytes32",
            "internalType": "bytes32"
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
            "name": "recordedAt",
            "type": "uint64",
            "internalType": "uint64"
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
            "name": "paramsHash",
            "type": "bytes32",
            "internalType": "bytes32"
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
            "name": "recordedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "paramsHash",
            "type": "bytes32",
            "internalType": "bytes32"
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
            "name": "recordedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "paramsHash",
            "type": "bytes32",
            "internalType": "bytes32"
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
            "name": "recordedAt",
            "type": "uint64",
            "internalType": "uint64"
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
            "name": "paramsHash",
            "type": "bytes32",
            "internalType": "bytes32"
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
            "name": "recordedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "paramsHash",
            "type": "bytes32",
            "internalType": "bytes32"
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
            "name": "recordedAt",
            "type": "uint64",
            "internalType": "uint64"
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
            "name": "paramsHash",
            "type": "bytes32",
            "internalType": "bytes32"
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
            "name": "recordedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "paramsHash",
            "type": "bytes32",
            "internalType": "bytes32"
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
export const haloRegistryBytecode: `0x${string}` = "0x60a060405234801561000f575f5ffd5b506040516142e83803806142e883398101604081905261002e91610227565b6001600160a01b0382166100725760405163733eb12f60e01b815260206004820152600560248201526430b236b4b760d91b60448201526064015b60405180910390fd5b6001600160a01b0381166100bc5760405163733eb12f60e01b815260206004820152601060248201526f74656d706c617465526567697374727960801b6044820152606401610069565b6001600160a01b0381166080526100d35f836100db565b505050610258565b5f806100e78484610111565b90508015610108575f84815260016020526040902061010690846101b8565b505b90505b92915050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166101b1575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101693390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161010b565b505f61010b565b5f610108836001600160a01b0384165f8181526001830160205260408120546101b157508154600181810184555f84815260208082209093018490558454848252828601909352604090209190915561010b565b80516001600160a01b0381168114610222575f5ffd5b919050565b5f5f60408385031215610238575f5ffd5b6102418361020c565b915061024f6020840161020c565b90509250929050565b6080516140716102775f395f818161047e015261216a01526140715ff3fe608060405234801561000f575f5ffd5b5060043610610229575f3560e01c80639de52eef1161012a578063ae1b0cd0116100b4578063cb60907711610079578063cb60907714610583578063d547741f146105aa578063e6231402146105bd578063eed76ff8146105d0578063f584fbf6146105e3575f5ffd5b8063ae1b0cd014610522578063b0db18ad14610542578063b7dc128414610555578063c365aa4f1461055d578063ca15c87314610570575f5ffd5b8063a3246ad3116100fa578063a3246ad3146104a7578063a5b925d2146104c7578063a6c2af01146104da578063ab996317146104fa578063ade6527f14610502575f5ffd5b80639de52eef14610446578063a005293b14610459578063a0af81f014610479578063a217fddf146104a0575f5ffd5b806336568abe116101b65780636f9af28c1161017b5780636f9af28c146103bb578063823b0827146103ce5780639010d07c146103e157806391d148541461040c578063968e607e1461041f575f5ffd5b806336568abe1461034f578063528582f01461036257806353c9883d146103825780635e3218b0146103955780636caa4707146103a8575f5ffd5b806323fa6b0c116101fc57806323fa6b0c146102c0578063248a9ca3146102e05780632dd31000146103025780632f2ff15d14610329578063335f4c761461033c575f5ffd5b806301ffc9a71461022d5780630291a13d1461025557806314afd79e1461026a57806323801570146102a0575b5f5ffd5b61024061023b3660046132e7565b6105eb565b60405190151581526020015b60405180910390f35b61026861026336600461330e565b610615565b005b610292610278366004613359565b6001600160a01b03165f9081526007602052604090205490565b60405190815260200161024c565b6102b36102ae366004613374565b61062e565b60405161024c9190613697565b6102d36102ce366004613374565b6109d4565b60405161024c91906137ba565b6102926102ee366004613374565b5f9081526020819052604090206001015490565b6102927f547b500e425d72fd0723933cceefc203cef652b4736fd04250c3369b3e1a0a7381565b6102686103373660046137cc565b610c76565b61024061034a366004613359565b610ca0565b61026861035d3660046137cc565b610d69565b6103756103703660046137fa565b610da1565b60405161024c919061381a565b6102686103903660046137fa565b6110ca565b6102686103a3366004613893565b611262565b6102406103b6366004613374565b611462565b6102686103c93660046138e7565b61148f565b6102686103dc3660046137cc565b6114a4565b6103f46103ef3660046137fa565b611596565b6040516001600160a01b03909116815260200161024c565b61024061041a3660046137cc565b6115b4565b6102927f408ebdd15991a158e11bdc330490103683be8be3dcaf3b674806340fa7f8039481565b61026861045436600461330e565b6115dc565b61046c610467366004613374565b611611565b60405161024c919061391e565b6103f47f000000000000000000000000000000000000000000000000000000000000000081565b6102925f81565b6104ba6104b5366004613374565b6116ad565b60405161024c919061398b565b6102406104d5366004613374565b6116c6565b6104ed6104e8366004613374565b6116ce565b60405161024c9190613a27565b600954610292565b6105156105103660046137fa565b611865565b60405161024c9190613a39565b6105356105303660046137fa565b611c86565b60405161024c9190613a90565b610240610550366004613374565b611e9a565b600854610292565b61026861056b366004613ae7565b611ea2565b61029261057e366004613374565b61209e565b6102927fd6b769dbdbf190871759edfb79bd17eda0005e1b8c3b6b3f5b480b5604ad501481565b6102686105b83660046137cc565b6120b4565b6102406105cb366004613374565b6120d8565b6102686105de3660046138e7565b6121db565b600a54610292565b5f6001600160e01b03198216635a05180f60e01b148061060f575061060f82612210565b92915050565b5f61061f81612244565b61062a826002612251565b5050565b6106366130a2565b60025f8381526002602052604090205460ff16600381111561065a5761065a61338b565b146106805760405163137b82f160e01b8152600481018390526024015b60405180910390fd5b5f8281526004602081815260409283902083516102a0810185528154815260018201549281019290925260028082015494830194909452600381015460608301529182015463ffffffff81166080830152909260a0840191600160201b900460ff16908111156106f2576106f261338b565b60028111156107035761070361338b565b8152600482015460ff6501000000000082041615156020808401919091526001600160a01b03600160301b9092048216604080850191909152600585015480841660608601526001600160401b03600160a01b9091041660808501526006850154831660a08501526007850154831660c08501526008850154831660e085015260098501548316610100850152600a850154909216610120840152600b840154610140840152600c840180548351818402810184019094528084526101609094019390915f9084015b82821015610813575f8481526020908190206040805180820190915260028502909101805482526001908101546001600160a01b03168284015290835290920191016107cc565b505050508152602001600d8201805480602002602001604051908101604052809291908181526020015f905b82821015610886575f8481526020908190206040805180820190915260028502909101805482526001908101546001600160a01b031682840152908352909201910161083f565b505050508152602001600e82016040518060400160405290815f820180546108ad90613b2a565b80601f01602080910402602001604051908101604052809291908181526020018280546108d990613b2a565b80156109245780601f106108fb57610100808354040283529160200191610924565b820191905f5260205f20905b81548152906001019060200180831161090757829003601f168201915b50505091835250506001919091015460209182015290825260408051606081018252601085015463ffffffff8082168352600160201b82041682850152600160401b90046001600160401b031681830152838301526011840180548251818502810185018452818152929094019391929091908301828280156109c457602002820191905f5260205f20905b8154815260200190600101908083116109b0575b5050505050815250509050919050565b6109dc6131c5565b60035f8381526002602052604090205460ff166003811115610a0057610a0061338b565b14610a21576040516310f28d0f60e01b815260048101839052602401610677565b5f8281526005602090815260409182902082516101208101845281548152600182015492810192909252600280820154929391929184019160ff1690811115610a6c57610a6c61338b565b6002811115610a7d57610a7d61338b565b81526020016002820160019054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020016003820154815260200160048201805480602002602001604051908101604052809291908181526020015f905b82821015610b25575f8481526020908190206040805180820190915260028502909101805482526001908101546001600160a01b0316828401529083529092019101610ade565b505050908252506040805160c08101825260058401546001600160a01b03908116825260068501546020838101919091526007860154909116828401526008850154606083015260098501546080830152600a85015460a083015283015280518082018252600b840180549290930192909182908290610ba490613b2a565b80601f0160208091040260200160405190810160405280929190818152602001828054610bd090613b2a565b8015610c1b5780601f10610bf257610100808354040283529160200191610c1b565b820191905f5260205f20905b815481529060010190602001808311610bfe57829003601f168201915b50505091835250506001919091015460209182015290825260408051606081018252600d949094015463ffffffff8082168652600160201b82041685840152600160401b90046001600160401b031690840152015292915050565b5f82815260208190526040902060010154610c9081612244565b610c9a8383612828565b50505050565b6001600160a01b0381165f9081526007602090815260408083205480845260029283905290832054909160ff90911690816003811115610ce257610ce261338b565b03610d1f5760015f8381526004602081905260409091200154600160201b900460ff166002811115610d1657610d1661338b565b14949350505050565b6003816003811115610d3357610d3361338b565b03610d605760015f83815260056020526040902060029081015460ff1690811115610d1657610d1661338b565b505f9392505050565b6001600160a01b0381163314610d925760405163334bd91960e11b815260040160405180910390fd5b610d9c828261285b565b505050565b60605f5f610db5600a805490508686612886565b9092509050610dc48282613b70565b6001600160401b03811115610ddb57610ddb613b83565b604051908082528060200260200182016040528015610e1457816020015b610e016131c5565b815260200190600190039081610df95790505b509250815b818110156110c15760055f600a8381548110610e3757610e37613b97565b905f5260205f20015481526020019081526020015f20604051806101200160405290815f820154815260200160018201548152602001600282015f9054906101000a900460ff166002811115610e8f57610e8f61338b565b6002811115610ea057610ea061338b565b81526020016002820160019054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020016003820154815260200160048201805480602002602001604051908101604052809291908181526020015f905b82821015610f48575f8481526020908190206040805180820190915260028502909101805482526001908101546001600160a01b0316828401529083529092019101610f01565b505050908252506040805160c08101825260058401546001600160a01b03908116825260068501546020838101919091526007860154909116828401526008850154606083015260098501546080830152600a85015460a083015283015280518082018252600b840180549290930192909182908290610fc790613b2a565b80601f0160208091040260200160405190810160405280929190818152602001828054610ff390613b2a565b801561103e5780601f106110155761010080835404028352916020019161103e565b820191905f5260205f20905b81548152906001019060200180831161102157829003601f168201915b50505091835250506001919091015460209182015290825260408051606081018252600d949094015463ffffffff8082168652600160201b82041685840152600160401b90046001600160401b03169084015201528461109e8584613b70565b815181106110ae576110ae613b97565b6020908102919091010152600101610e19565b50505092915050565b7f408ebdd15991a158e11bdc330490103683be8be3dcaf3b674806340fa7f803946110f481612244565b5f6110fe846128c8565b8054909150600160401b90046001600160401b03161561113457604051635c1e118360e01b815260048101859052602401610677565b5f8481526006602090815260408083208151606081018352878152338185019081526001600160401b03428116948301948552835460018181018655948852958720925160029096029092019485555193820180549351909116600160a01b026001600160e01b03199093166001600160a01b0394909416939093179190911790915582546111d49163ffffffff600160201b9092049190911690613bab565b825467ffffffff000000001916600160201b63ffffffff8316021783559050336111ff600183613bc7565b63ffffffff16867f0176fdca776c09051357f280c3aa3c70a984377c5b5cbddd2e924334c3899e9b8760405161123791815260200190565b60405180910390a4815463ffffffff9081169082161061125b5761125b8583612952565b5050505050565b61128c7fd6b769dbdbf190871759edfb79bd17eda0005e1b8c3b6b3f5b480b5604ad5014336115b4565b1580156112a0575061129e5f336115b4565b155b156112bf57604051628d360160e61b8152336004820152602401610677565b826112dd576040516307e5c14160e01b815260040160405180910390fd5b5f8381526002602052604081205460ff1660038111156112ff576112ff61338b565b1461132057604051634707414f60e11b815260048101849052602401610677565b6001600160a01b0382166113625760405163733eb12f60e01b815260206004820152600860248201526737b832b930ba37b960c11b6044820152606401610677565b5f8381526002602081815260408084208054600160ff199091168117909155600390925290922085815591820180546001600160a01b0319166001600160a01b038616179055829082016113b68282613d29565b505060048101805467ffffffffffffffff1916426001600160401b0316179055600880546001810182555f919091527ff3f7a9fe364faab93b216da50a3214154f22a0a2b415b23a84c8169e8b636ee3018490556001600160a01b038316847f23b3bf82e0bebe89f344dd5ff532c2eb6baa435d5204150e16b0806666c7a2476114408580613be3565b866020013560405161145493929190613e48565b60405180910390a350505050565b5f60025b5f8381526002602052604090205460ff1660038111156114885761148861338b565b1492915050565b5f61149981612244565b61062a8260026129cd565b5f6114ae81612244565b60015f8481526002602052604090205460ff1660038111156114d2576114d261338b565b146114f35760405163c50f029560e01b815260048101849052602401610677565b6001600160a01b0382166115355760405163733eb12f60e01b815260206004820152600860248201526737b832b930ba37b960c11b6044820152606401610677565b5f8381526003602052604080822060010180546001600160a01b031981166001600160a01b038781169182179093559251911692839187917f901506523deeb98dda0d6a076103b1fc25112f8643baa1c0d2be356dbaf34ced91a450505050565b5f8281526001602052604081206115ad9083612c5a565b9392505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b7f547b500e425d72fd0723933cceefc203cef652b4736fd04250c3369b3e1a0a7361160681612244565b61062a826001612251565b606060065f8381526020019081526020015f20805480602002602001604051908101604052809291908181526020015f905b828210156116a2575f8481526020908190206040805160608101825260028602909201805483526001908101546001600160a01b03811684860152600160a01b90046001600160401b0316918301919091529083529092019101611643565b505050509050919050565b5f81815260016020526040902060609061060f90612c65565b5f6001611466565b6116d6613298565b60015f8381526002602052604090205460ff1660038111156116fa576116fa61338b565b1461171b5760405163c50f029560e01b815260048101839052602401610677565b5f82815260036020908152604091829020825160a0810184528154815260018201546001600160a01b0316928101929092528251808401845260028201805493949293928501928290829061176f90613b2a565b80601f016020809104026020016040519081016040528092919081815260200182805461179b90613b2a565b80156117e65780601f106117bd576101008083540402835291602001916117e6565b820191905f5260205f20905b8154815290600101906020018083116117c957829003601f168201915b50505091835250506001919091015460209182015290825260048301546001600160401b03168282015260058301805460408051828502810185018252828152940193928301828280156109c457602002820191905f5260205f20908154815260200190600101908083116109b0575050505050815250509050919050565b60605f5f6118796009805490508686612886565b90925090506118888282613b70565b6001600160401b0381111561189f5761189f613b83565b6040519080825280602002602001820160405280156118d857816020015b6118c56130a2565b8152602001906001900390816118bd5790505b509250815b818110156110c15760045f600983815481106118fb576118fb613b97565b5f9182526020808320909101548352828101939093526040918201902081516102a081018352815481526001820154938101939093526002808201549284019290925260038101546060840152600481015463ffffffff81166080850152909160a084019160ff600160201b909104169081111561197b5761197b61338b565b600281111561198c5761198c61338b565b8152600482015460ff6501000000000082041615156020808401919091526001600160a01b03600160301b9092048216604080850191909152600585015480841660608601526001600160401b03600160a01b9091041660808501526006850154831660a08501526007850154831660c08501526008850154831660e085015260098501548316610100850152600a850154909216610120840152600b840154610140840152600c840180548351818402810184019094528084526101609094019390915f9084015b82821015611a9c575f8481526020908190206040805180820190915260028502909101805482526001908101546001600160a01b0316828401529083529092019101611a55565b505050508152602001600d8201805480602002602001604051908101604052809291908181526020015f905b82821015611b0f575f8481526020908190206040805180820190915260028502909101805482526001908101546001600160a01b0316828401529083529092019101611ac8565b505050508152602001600e82016040518060400160405290815f82018054611b3690613b2a565b80601f0160208091040260200160405190810160405280929190818152602001828054611b6290613b2a565b8015611bad5780601f10611b8457610100808354040283529160200191611bad565b820191905f5260205f20905b815481529060010190602001808311611b9057829003601f168201915b50505091835250506001919091015460209182015290825260408051606081018252601085015463ffffffff8082168352600160201b82041682850152600160401b90046001600160401b03168183015283830152601184018054825181850281018501845281815292909401939192909190830182828015611c4d57602002820191905f5260205f20905b815481526020019060010190808311611c39575b505050505081525050848483611c639190613b70565b81518110611c7357611c73613b97565b60209081029190910101526001016118dd565b60605f5f611c9a6008805490508686612886565b9092509050611ca98282613b70565b6001600160401b03811115611cc057611cc0613b83565b604051908082528060200260200182016040528015611cf957816020015b611ce6613298565b815260200190600190039081611cde5790505b509250815b818110156110c15760035f60088381548110611d1c57611d1c613b97565b5f91825260208083209091015483528281019390935260409182019020815160a0810183528154815260018201546001600160a01b03169381019390935281518083018352600282018054929385019282908290611d7990613b2a565b80601f0160208091040260200160405190810160405280929190818152602001828054611da590613b2a565b8015611df05780601f10611dc757610100808354040283529160200191611df0565b820191905f5260205f20905b815481529060010190602001808311611dd357829003601f168201915b50505091835250506001919091015460209182015290825260048301546001600160401b0316828201526005830180546040805182850281018501825282815294019392830182828015611e6157602002820191905f5260205f20905b815481526020019060010190808311611e4d575b505050505081525050848483611e779190613b70565b81518110611e8757611e87613b97565b6020908102919091010152600101611cfe565b5f6003611466565b5f8281526002602052604081205460ff1690816003811115611ec657611ec661338b565b03611ee7576040516310f28d0f60e01b815260048101849052602401610677565b5f6001826003811115611efc57611efc61338b565b14611f57576002826003811115611f1557611f1561338b565b14611f41575f848152600560209081526040808320600190810154845260049092529091200154611f59565b5f84815260046020526040902060010154611f59565b835b9050611f655f336115b4565b158015611f8b57505f818152600360205260409020600101546001600160a01b03163314155b15611fb257604051631c990a7b60e31b815260048101859052336024820152604401610677565b5f6001836003811115611fc757611fc761338b565b1461200f576002836003811115611fe057611fe061338b565b14611ffa575f858152600560205260409020600b01612020565b5f858152600460205260409020600e01612020565b5f8581526003602052604090206002015b60018101549091506120328580613be3565b839161203f919083613c70565b50602085013560018301819055339087907fd88b97d58b8b5bc97b3bd1c7575e98d97748782739afdd24364c3508b6aec45c90849061207e8a80613be3565b60405161208e9493929190613e6b565b60405180910390a3505050505050565b5f81815260016020526040812061060f90612c71565b5f828152602081905260409020600101546120ce81612244565b610c9a838361285b565b5f60025f8381526002602052604090205460ff1660038111156120fd576120fd61338b565b1461211e5760405163137b82f160e01b815260048101839052602401610677565b5f828152600460205260409020600381015461213c57505f92915050565b60038101546004808301546040516379ce87fb60e11b81529182019290925263ffffffff90911660248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f39d0ff690604401602060405180830381865afa1580156121b7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115ad9190613ea1565b7f547b500e425d72fd0723933cceefc203cef652b4736fd04250c3369b3e1a0a7361220581612244565b61062a8260016129cd565b5f6001600160e01b03198216637965db0b60e01b148061060f57506301ffc9a760e01b6001600160e01b031983161461060f565b61224e8133612c7a565b50565b813580612271576040516307e5c14160e01b815260040160405180910390fd5b5f8181526002602052604081205460ff1660038111156122935761229361338b565b146122b45760405163155c98a560e01b815260048101829052602401610677565b60016020808501355f9081526002909152604090205460ff1660038111156122de576122de61338b565b146123025760405163c50f029560e01b815260208401356004820152602401610677565b5f612314610100850160e08601613359565b6001600160a01b0316036123565760405163733eb12f60e01b8152602060048201526008602482015267616c6d50726f787960c01b6044820152606401610677565b5f818152600260208181526040808420805460ff19168417905560048252928390208481559086013560018201559185013590820155606084013560038201556123a660a0850160808601613ebc565b60048201805463ffffffff9290921663ffffffff19831681178255859264ffffffffff191617600160201b8360028111156123e3576123e361338b565b021790555060018360028111156123fc576123fc61338b565b1480612413575061241360e0850160c08601613edf565b600482018054911515650100000000000265ff000000000019909216919091179055612446610100850160e08601613359565b6004820180546001600160a01b0392909216600160301b026601000000000000600160d01b031990921691909117905561248861012085016101008601613359565b6005820180546001600160a01b0319166001600160a01b03929092169190911790556124bc61016085016101408601613359565b6006820180546001600160a01b0319166001600160a01b03929092169190911790556124f061018085016101608601613359565b6007820180546001600160a01b0319166001600160a01b03929092169190911790556125246101a085016101808601613359565b6008820180546001600160a01b0319166001600160a01b03929092169190911790556125586101c085016101a08601613359565b6009820180546001600160a01b0319166001600160a01b039290921691909117905561258c6101e085016101c08601613359565b600a820180546001600160a01b0319166001600160a01b03929092169190911790556101e0840135600b8201556125c7610240850185613efa565b600e82016125d58282613d29565b505060058101805467ffffffffffffffff60a01b1916600160a01b426001600160401b03160217905561261061028085016102608601613ebc565b60108201805463ffffffff191663ffffffff92909216919091179055612646612640610100860160e08701613359565b83612cb3565b5f61265961012086016101008701613359565b6001600160a01b03161461267c5761267c61264061012086016101008701613359565b5f61268f61016086016101408701613359565b6001600160a01b0316146126b2576126b261264061016086016101408701613359565b6126cd600c82016126c7610200870187613f18565b85612d5a565b5f5b6126dd610220860186613f18565b905081101561273f57600d82016126f8610220870187613f18565b8381811061270857612708613b97565b83546001810185555f94855260209094206040909102929092019260020290910190506127358282613f9c565b50506001016126cf565b506020808501355f818152600383526040812060050180546001818101835591835293822090930185905560098054938401815590527f6e1540171b6c0c960b71a7020d9f60077f6af931a8bbf590da0223dacf75c7af909101839055827f0b517c8152b1e65eba9fb52a99123693c36c7916c89fbdcb78c151b29c2f1cb18560608801356127d460a08a0160808b01613ebc565b6127e56101008b0160e08c01613359565b6040516127f59493929190613fa6565b60405180910390a361280f61028085016102608601613ebc565b63ffffffff165f03610c9a57610c9a8282601001612952565b5f5f6128348484612ddb565b905080156115ad575f8481526001602052604090206128539084612e6a565b509392505050565b5f5f6128678484612e7e565b905080156115ad575f8481526001602052604090206128539084612ee7565b5f5f84841061289957505f9050806128c0565b83836128a58288613b70565b106128b9576128b48486613fde565b6128bb565b855b915091505b935093915050565b5f81815260026020819052604082205460ff16908160038111156128ee576128ee61338b565b036129085750505f90815260046020526040902060100190565b600381600381111561291c5761291c61338b565b036129365750505f908152600560205260409020600d0190565b6040516310f28d0f60e01b815260048101849052602401610677565b80546fffffffffffffffff00000000000000001916600160401b426001600160401b03169081029190911780835560408051600160201b90920463ffffffff168252602082019290925283917f8058327a0fe21a15e7211bff9c473ece8397f809cb8764fed8a7aa0094f05cd4910160405180910390a25050565b8135806129ed576040516307e5c14160e01b815260040160405180910390fd5b5f8181526002602052604081205460ff166003811115612a0f57612a0f61338b565b14612a30576040516310882acd60e01b815260048101829052602401610677565b60026020808501355f9081526002909152604090205460ff166003811115612a5a57612a5a61338b565b14612a7e5760405163137b82f160e01b815260208401356004820152602401610677565b5f818152600260208181526040808420805460ff199081166003179091556005835293208481559086013560018281019190915581830180549294879491931691908490811115612ad157612ad161338b565b021790555060028101805468ffffffffffffffff001916610100426001600160401b031602179055608084013560038201555f612b1460e0860160c08701613359565b6001600160a01b031614612b375760c0840160058201612b348282613ff1565b50505b612b45610180850185613efa565b600b8201612b538282613d29565b50612b6890506101c085016101a08601613ebc565b600d8201805463ffffffff191663ffffffff92909216919091179055612b98600482016126c760a0870187613f18565b6020808501355f818152600483526040808220601101805460018181018355918452948320909401869055600a805494850181559091527fc65a7bb8d6351c1cf70c95a316cc6a92839c986682d98bc35f958f4883f9d2a8909201849055905183907f553744cca20cb82b5302396fd2118c170d411b5bb4b69896741e0051db7f10d890612c2790879061404f565b60405180910390a3612c416101c085016101a08601613ebc565b63ffffffff165f03610c9a57610c9a8282600d01612952565b5f6115ad8383612efb565b60605f6115ad83612f21565b5f61060f825490565b612c8482826115b4565b61062a5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610677565b6001600160a01b038216612cf55760405163733eb12f60e01b815260206004820152600860248201526718dbdb9d1c9858dd60c21b6044820152606401610677565b6001600160a01b0382165f908152600760205260409020548015612d3e57604051635ae045f160e01b81526001600160a01b038416600482015260248101829052604401610677565b506001600160a01b039091165f90815260076020526040902055565b5f5b8281101561125b57612d91848483818110612d7957612d79613b97565b90506040020160200160208101906126409190613359565b84848483818110612da457612da4613b97565b83546001810185555f9485526020909420604090910292909201926002029091019050612dd18282613f9c565b5050600101612d5c565b5f612de683836115b4565b612e63575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055612e1b3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161060f565b505f61060f565b5f6115ad836001600160a01b038416612f7a565b5f612e8983836115b4565b15612e63575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161060f565b5f6115ad836001600160a01b038416612fbf565b5f825f018281548110612f1057612f10613b97565b905f5260205f200154905092915050565b6060815f01805480602002602001604051908101604052809291908181526020018280548015612f6e57602002820191905f5260205f20905b815481526020019060010190808311612f5a575b50505050509050919050565b5f818152600183016020526040812054612e6357508154600181810184555f84815260208082209093018490558454848252828601909352604090209190915561060f565b5f8181526001830160205260408120548015613099575f612fe1600183613b70565b85549091505f90612ff490600190613b70565b9050808214613053575f865f01828154811061301257613012613b97565b905f5260205f200154905080875f01848154811061303257613032613b97565b5f918252602080832090910192909255918252600188019052604090208390555b85548690806130645761306461405d565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f90556001935050505061060f565b5f91505061060f565b604051806102a001604052805f81526020015f81526020015f81526020015f81526020015f63ffffffff1681526020015f60028111156130e4576130e461338b565b81526020015f151581526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f6001600160401b031681526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f815260200160608152602001606081526020016131996040518060400160405280606081526020015f81525090565b8152604080516060810182525f8082526020828101829052928201529101908152602001606081525090565b6040518061012001604052805f81526020015f81526020015f60028111156131ef576131ef61338b565b81526020015f6001600160401b031681526020015f8152602001606081526020016132556040518060c001604052805f6001600160a01b031681526020015f81526020015f6001600160a01b031681526020015f81526020015f81526020015f81525090565b81526020016132766040518060400160405280606081526020015f81525090565b8152604080516060810182525f80825260208281018290529282015291015290565b6040518060a001604052805f81526020015f6001600160a01b031681526020016132d46040518060400160405280606081526020015f81525090565b81525f6020820152606060409091015290565b5f602082840312156132f7575f5ffd5b81356001600160e01b0319811681146115ad575f5ffd5b5f6020828403121561331e575f5ffd5b81356001600160401b03811115613333575f5ffd5b82016102e081850312156115ad575f5ffd5b6001600160a01b038116811461224e575f5ffd5b5f60208284031215613369575f5ffd5b81356115ad81613345565b5f60208284031215613384575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b600381106133bb57634e487b7160e01b5f52602160045260245ffd5b9052565b5f8151808452602084019350602083015f5b8281101561340d576133f7868351805182526020908101516001600160a01b0316910152565b60409590950194602091909101906001016133d1565b5093949350505050565b5f81516040845280518060408601528060208301606087015e5f60608287010152602084015160208601526060601f19601f8301168601019250505092915050565b5f8151808452602084019350602083015f5b8281101561340d57815186526020958601959091019060010161346b565b805182526020810151602083015260408101516040830152606081015160608301525f60808201516134c3608085018263ffffffff169052565b5060a08201516134d660a085018261339f565b5060c08201516134ea60c085018215159052565b5060e082015161350560e08501826001600160a01b03169052565b506101008201516135226101008501826001600160a01b03169052565b5061012082015161353f6101208501826001600160401b03169052565b5061014082015161355c6101408501826001600160a01b03169052565b506101608201516135796101608501826001600160a01b03169052565b506101808201516135966101808501826001600160a01b03169052565b506101a08201516135b36101a08501826001600160a01b03169052565b506101c08201516135d06101c08501826001600160a01b03169052565b506101e08201516101e08401526102008201516102e06102008501526135fa6102e08501826133bf565b905061022083015184820361022086015261361582826133bf565b9150506102408301518482036102408601526136318282613417565b91505061026083015161367461026086018263ffffffff815116825263ffffffff60208201511660208301526001600160401b0360408201511660408301525050565b506102808301518482036102c086015261368e8282613459565b95945050505050565b602081525f6115ad6020830184613489565b80518252602081015160208301525f60408201516136ca604085018261339f565b5060608201516136e560608501826001600160401b03169052565b506080820151608084015260a082015161020060a085015261370b6102008501826133bf565b60c08481015180516001600160a01b0390811692880192909252602081015160e088015260408101519091166101008701526060810151610120870152608081015161014087015260a08101516101608701529091505060e083015184820361018086015261377a8282613417565b610100850151805163ffffffff9081166101a08901526020820151166101c088015260408101516001600160401b03166101e08801529092509050612853565b602081525f6115ad60208301846136a9565b5f5f604083850312156137dd575f5ffd5b8235915060208301356137ef81613345565b809150509250929050565b5f5f6040838503121561380b575f5ffd5b50508035926020909101359150565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b8281101561387157603f1987860301845261385c8583516136a9565b94506020938401939190910190600101613840565b50929695505050505050565b5f6040828403121561388d575f5ffd5b50919050565b5f5f5f606084860312156138a5575f5ffd5b8335925060208401356138b781613345565b915060408401356001600160401b038111156138d1575f5ffd5b6138dd8682870161387d565b9150509250925092565b5f602082840312156138f7575f5ffd5b81356001600160401b0381111561390c575f5ffd5b820161020081850312156115ad575f5ffd5b602080825282518282018190525f918401906040840190835b81811015613980578351805184526020808201516001600160a01b0316818601526040918201516001600160401b03169185019190915290930192606090920191600101613937565b509095945050505050565b602080825282518282018190525f918401906040840190835b818110156139805783516001600160a01b03168352602093840193909201916001016139a4565b8051825260018060a01b0360208201511660208301525f604082015160a060408501526139fb60a0850182613417565b90506001600160401b0360608401511660608501526080830151848203608086015261368e8282613459565b602081525f6115ad60208301846139cb565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b8281101561387157603f19878603018452613a7b858351613489565b94506020938401939190910190600101613a5f565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b8281101561387157603f19878603018452613ad28583516139cb565b94506020938401939190910190600101613ab6565b5f5f60408385031215613af8575f5ffd5b8235915060208301356001600160401b03811115613b14575f5ffd5b613b208582860161387d565b9150509250929050565b600181811c90821680613b3e57607f821691505b60208210810361388d57634e487b7160e01b5f52602260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8181038181111561060f5761060f613b5c565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b63ffffffff818116838216019081111561060f5761060f613b5c565b63ffffffff828116828216039081111561060f5761060f613b5c565b5f5f8335601e19843603018112613bf8575f5ffd5b8301803591506001600160401b03821115613c11575f5ffd5b602001915036819003821315613c25575f5ffd5b9250929050565b601f821115610d9c57805f5260205f20601f840160051c81016020851015613c515750805b601f840160051c820191505b8181101561125b575f8155600101613c5d565b6001600160401b03831115613c8757613c87613b83565b613c9b83613c958354613b2a565b83613c2c565b5f601f841160018114613ccc575f8515613cb55750838201355b5f19600387901b1c1916600186901b17835561125b565b5f83815260208120601f198716915b82811015613cfb5786850135825560209485019460019092019101613cdb565b5086821015613d17575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b8135601e19833603018112613d3c575f5ffd5b820180356001600160401b0381118015613d54575f5ffd5b813603602084011315613d65575f5ffd5b5f905050613d7d81613d778554613b2a565b85613c2c565b5f601f821160018114613db1575f8315613d9a5750838201602001355b5f19600385901b1c1916600184901b178555613e0d565b5f85815260208120601f198516915b82811015613de257602085880181013583559485019460019092019101613dc0565b5084821015613e01575f1960f88660031b161c19602085880101351681555b505060018360011b0185555b5050505060209190910135600190910155565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f613e5b604083018587613e20565b9050826020830152949350505050565b848152836020820152606060408201525f613e8a606083018486613e20565b9695505050505050565b801515811461224e575f5ffd5b5f60208284031215613eb1575f5ffd5b81516115ad81613e94565b5f60208284031215613ecc575f5ffd5b813563ffffffff811681146115ad575f5ffd5b5f60208284031215613eef575f5ffd5b81356115ad81613e94565b5f8235603e19833603018112613f0e575f5ffd5b9190910192915050565b5f5f8335601e19843603018112613f2d575f5ffd5b8301803591506001600160401b03821115613f46575f5ffd5b6020019150600681901b3603821315613c25575f5ffd5b80546001600160a01b0319166001600160a01b0392909216919091179055565b813581556020820135613f8f81613345565b610d9c8160018401613f5d565b61062a8282613f7d565b60808101613fb4828761339f565b602082019490945263ffffffff9290921660408301526001600160a01b0316606090910152919050565b8082018082111561060f5761060f613b5c565b8135613ffc81613345565b6140068183613f5d565b5060208201356001820155604082013561401f81613345565b61402c8160028401613f5d565b50606082013560038201556080820135600482015560a090910135600590910155565b6020810161060f828461339f565b634e487b7160e01b5f52603160045260245ffd";
