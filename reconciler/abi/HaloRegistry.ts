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
    "name": "METADATA_SCHEMA_VERSION",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint16",
        "internalType": "uint16"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "NFAT_DEAL_TOKEN",
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
    "name": "NFAT_FACILITY",
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
    "name": "REVIEW_WINDOW_START",
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
    "name": "beaconOperator",
    "inputs": [
      {
        "name": "classId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "kind",
        "type": "bytes32",
        "internalType": "bytes32"
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
    "name": "dealUnitId",
    "inputs": [
      {
        "name": "classId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
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
    "name": "facilityClass",
    "inputs": [
      {
        "name": "facility",
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
    "name": "recordDealUnit",
    "inputs": [
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
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
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
    "name": "rotatedBeaconOperator",
    "inputs": [
      {
        "name": "classId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "kind",
        "type": "bytes32",
        "internalType": "bytes32"
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
    "name": "setBeaconOperator",
    "inputs": [
      {
        "name": "classId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
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
    "name": "BeaconOperatorSet",
    "inputs": [
      {
        "name": "classId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "kind",
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
        "indexed": false,
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
    "name": "DealUnitRecorded",
    "inputs": [
      {
        "name": "schemaVersion",
        "type": "uint16",
        "indexed": true,
        "internalType": "uint16"
      },
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
        "name": "dealToken",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "tokenId",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "depositor",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "principal",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "bookId",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "termsHash",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
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
    "name": "HaloRegistry_BeaconUnchanged",
    "inputs": [
      {
        "name": "classId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
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
    "name": "HaloRegistry_NotFacility",
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
    "name": "HaloRegistry_ReservedId",
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
    "name": "HaloRegistry_ReviewWindowTaken",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "lastReviewAt",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "nextWindowAt",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "HaloRegistry_TokenIdTooLarge",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
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
    "name": "HaloRegistry_UnknownBeacon",
    "inputs": [
      {
        "name": "classId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "kind",
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
export const haloRegistryBytecode: `0x${string}` = "0x60a060405234801561000f575f5ffd5b5060405161556038038061556083398101604081905261002e91610227565b6001600160a01b0382166100725760405163733eb12f60e01b815260206004820152600560248201526430b236b4b760d91b60448201526064015b60405180910390fd5b6001600160a01b0381166100bc5760405163733eb12f60e01b815260206004820152601060248201526f74656d706c617465526567697374727960801b6044820152606401610069565b6001600160a01b0381166080526100d35f836100db565b505050610258565b5f806100e78484610111565b90508015610108575f84815260016020526040902061010690846101b8565b505b90505b92915050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166101b1575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101693390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161010b565b505f61010b565b5f610108836001600160a01b0384165f8181526001830160205260408120546101b157508154600181810184555f84815260208082209093018490558454848252828601909352604090209190915561010b565b80516001600160a01b0381168114610222575f5ffd5b919050565b5f5f60408385031215610238575f5ffd5b6102418361020c565b915061024f6020840161020c565b90509250929050565b6080516152e96102775f395f81816105860152611d6801526152e95ff3fe608060405234801561000f575f5ffd5b5060043610610297575f3560e01c80639010d07c11610161578063ae1b0cd0116100ca578063d547741f11610084578063d547741f146106b2578063d83b8690146106c5578063e6231402146106f8578063eed76ff81461070b578063f584fbf61461071e578063fdef876614610726575f5ffd5b8063ae1b0cd01461062a578063b0db18ad1461064a578063b7dc12841461065d578063c365aa4f14610665578063ca15c87314610678578063cb6090771461068b575f5ffd5b8063a217fddf1161011b578063a217fddf146105a8578063a3246ad3146105af578063a5b925d2146105cf578063a6c2af01146105e2578063ab99631714610602578063ade6527f1461060a575f5ffd5b80639010d07c1461050157806391d1485414610514578063968e607e146105275780639de52eef1461054e578063a005293b14610561578063a0af81f014610581575f5ffd5b806336568abe116102035780635e3218b0116101bd5780635e3218b01461048f57806369774d0c146104a25780636a870679146104b55780636caa4707146104c85780636f9af28c146104db578063823b0827146104ee575f5ffd5b806336568abe146103f05780634519cd57146104035780634c50584e1461041e57806351bcab1a14610449578063528582f01461045c57806353c9883d1461047c575f5ffd5b806323fa6b0c1161025457806323fa6b0c1461034a578063248a9ca31461036a5780632dd310001461038c5780632eb86e8b146103b35780632f2ff15d146103ca578063335f4c76146103dd575f5ffd5b806301ffc9a71461029b5780630291a13d146102c357806314afd79e146102d85780631915c6cb1461030e5780631b1eb9e114610321578063238015701461032a575b5f5ffd5b6102ae6102a9366004613c08565b61073c565b60405190151581526020015b60405180910390f35b6102d66102d1366004613c2f565b610766565b005b6103006102e6366004613c7a565b6001600160a01b03165f9081526007602052604090205490565b6040519081526020016102ba565b61030061031c366004613c7a565b61077f565b61030061b6d081565b61033d610338366004613c95565b6107e1565b6040516102ba9190613fb8565b61035d610358366004613c95565b61083c565b6040516102ba91906140de565b610300610378366004613c95565b5f9081526020819052604090206001015490565b6103007f547b500e425d72fd0723933cceefc203cef652b4736fd04250c3369b3e1a0a7381565b6103006c273330ba2232b0b62a37b5b2b760991b81565b6102d66103d83660046140f0565b610892565b6102ae6103eb366004613c7a565b6108bc565b6102d66103fe3660046140f0565b610984565b61040b600181565b60405161ffff90911681526020016102ba565b61043161042c36600461411e565b6109bc565b6040516001600160a01b0390911681526020016102ba565b6102d661045736600461413e565b610ac4565b61046f61046a36600461411e565b610bc1565b6040516102ba9190614174565b6102d661048a36600461411e565b610c9c565b6102d661049d3660046141e7565b610f34565b6102d66104b036600461423b565b611104565b6103006104c336600461411e565b6112c6565b6102ae6104d6366004613c95565b61133a565b6102d66104e936600461427f565b611367565b6102d66104fc3660046140f0565b61137c565b61043161050f36600461411e565b611453565b6102ae6105223660046140f0565b61146a565b6103007f408ebdd15991a158e11bdc330490103683be8be3dcaf3b674806340fa7f8039481565b6102d661055c366004613c2f565b611492565b61057461056f366004613c95565b6114c7565b6040516102ba91906142b6565b6104317f000000000000000000000000000000000000000000000000000000000000000081565b6103005f81565b6105c26105bd366004613c95565b611563565b6040516102ba9190614323565b6102ae6105dd366004613c95565b61157c565b6105f56105f0366004613c95565b611584565b6040516102ba91906143bf565b600b54610300565b61061d61061836600461411e565b61171d565b6040516102ba91906143d1565b61063d61063836600461411e565b6117ef565b6040516102ba9190614428565b6102ae610658366004613c95565b611a03565b600a54610300565b6102d661067336600461447f565b611a0b565b610300610686366004613c95565b611c94565b6103007fd6b769dbdbf190871759edfb79bd17eda0005e1b8c3b6b3f5b480b5604ad501481565b6102d66106c03660046140f0565b611caa565b6104316106d336600461411e565b5f9182526009602090815260408084209284529190529020546001600160a01b031690565b6102ae610706366004613c95565b611cce565b6102d661071936600461427f565b611dd1565b600c54610300565b6103006b4e666174466163696c69747960a01b81565b5f6001600160e01b03198216635a05180f60e01b1480610760575061076082611e06565b92915050565b5f61077081611e3a565b61077b826002611e47565b5050565b6001600160a01b0381165f90815260086020526040812054600160a01b90046001600160401b031680156107d857600b6107ba6001836144d6565b815481106107ca576107ca6144e9565b905f5260205f2001546107da565b5f5b9392505050565b6107e9613972565b60025f8381526002602052604090205460ff16600381111561080d5761080d613cac565b146108335760405163137b82f160e01b8152600481018390526024015b60405180910390fd5b6107608261245f565b610844613a95565b60035f8381526002602052604090205460ff16600381111561086857610868613cac565b14610889576040516310f28d0f60e01b81526004810183905260240161082a565b610760826127ba565b5f828152602081905260409020600101546108ac81611e3a565b6108b68383612a83565b50505050565b6001600160a01b0381165f9081526007602090815260408083205480845260029283905290832054909160ff909116908160038111156108fe576108fe613cac565b036109375760015f83815260046020526040902054600160a01b900460ff16600281111561092e5761092e613cac565b14949350505050565b600381600381111561094b5761094b613cac565b0361097b5760015f83815260056020526040902054600160a01b900460ff16600281111561092e5761092e613cac565b505f9392505050565b6001600160a01b03811633146109ad5760405163334bd91960e11b815260040160405180910390fd5b6109b78282612ab6565b505050565b5f60025f8481526002602052604090205460ff1660038111156109e1576109e1613cac565b14610a025760405163137b82f160e01b81526004810184905260240161082a565b5f610a0c84612ae1565b6101e0015190505f5b8151811015610aa05783828281518110610a3157610a316144e9565b60200260200101515f015103610a98575f8581526009602090815260408083208784529091529020546001600160a01b03168015610a6f5780610a8e565b828281518110610a8157610a816144e9565b6020026020010151602001515b9350505050610760565b600101610a15565b5060405163edb72c0360e01b8152600481018590526024810184905260440161082a565b5f610ace81611e3a565b5f610ad985856109bc565b90506001600160a01b038316610b025760405163733eb12f60e01b815260040161082a906144fd565b806001600160a01b0316836001600160a01b031603610b4d5760405163d25be59960e01b815260048101869052602481018590526001600160a01b038416604482015260640161082a565b5f85815260096020908152604080832087845282529182902080546001600160a01b0319166001600160a01b038781169182179092559251928352831691869188917f582478730f2fcf71ea3fcc5753d9abd7d3ab9a8fa0eb945e740030fd15dbcde3910160405180910390a45050505050565b60605f5f610bd5600c805490508686612baf565b9092509050610be482826144d6565b6001600160401b03811115610bfb57610bfb61451f565b604051908082528060200260200182016040528015610c3457816020015b610c21613a95565b815260200190600190039081610c195790505b509250815b81811015610c9357610c65600c8281548110610c5757610c576144e9565b905f5260205f2001546127ba565b84610c7085846144d6565b81518110610c8057610c806144e9565b6020908102919091010152600101610c39565b50505092915050565b7f408ebdd15991a158e11bdc330490103683be8be3dcaf3b674806340fa7f80394610cc681611e3a565b5f610cd084612bf1565b8054909150600160401b90046001600160401b031615610d0657604051635c1e118360e01b81526004810185905260240161082a565b5f84815260066020526040812090610d1d42612c7b565b825490915015801590610d7b575080610d798360018580549050610d4191906144d6565b81548110610d5157610d516144e9565b5f918252602090912060029091020160010154600160a01b90046001600160401b0316612c7b565b145b15610e0d57815486908390610d92906001906144d6565b81548110610da257610da26144e9565b905f5260205f20906002020160010160149054906101000a90046001600160401b0316610dda836001610dd59190614533565b612ca0565b6040516327db934f60e01b815260048101939093526001600160401b03918216602484015216604482015260640161082a565b604080516060810182528681523360208083019182526001600160401b034281169484019485528654600181810189555f89815293842095516002909202909501908155925192840180549551909116600160a01b026001600160e01b03199095166001600160a01b0393909316929092179390931790558454610ea39163ffffffff6401000000009092049190911690614546565b845467ffffffff00000000191664010000000063ffffffff831602178555905033610ecf600183614562565b63ffffffff16887f0176fdca776c09051357f280c3aa3c70a984377c5b5cbddd2e924334c3899e9b89604051610f0791815260200190565b60405180910390a4835463ffffffff90811690821610610f2b57610f2b8785612cc7565b50505050505050565b610f5e7fd6b769dbdbf190871759edfb79bd17eda0005e1b8c3b6b3f5b480b5604ad50143361146a565b158015610f725750610f705f3361146a565b155b15610f9157604051628d360160e61b815233600482015260240161082a565b610f9a83612d43565b5f8381526002602052604081205460ff166003811115610fbc57610fbc613cac565b14610fdd57604051634707414f60e11b81526004810184905260240161082a565b6001600160a01b0382166110045760405163733eb12f60e01b815260040161082a906144fd565b5f8381526002602081815260408084208054600160ff199091168117909155600390925290922085815591820180546001600160a01b0319166001600160a01b0386161790558290820161105882826146f6565b505060048101805467ffffffffffffffff1916426001600160401b0316179055600a80546001810182555f919091527fc65a7bb8d6351c1cf70c95a316cc6a92839c986682d98bc35f958f4883f9d2a8018490556001600160a01b038316847f23b3bf82e0bebe89f344dd5ff532c2eb6baa435d5204150e16b0806666c7a2476110e2858061457e565b86602001356040516110f693929190614815565b60405180910390a350505050565b335f9081526008602090815260408083208151808301909252546001600160a01b0381168252600160a01b90046001600160401b0316918101829052918190036111635760405163301ed60b60e11b815233600482015260240161082a565b608087901c1561118957604051638f21a56560e01b81526004810188905260240161082a565b608081901b87175f8181526002602052604081205460ff1660038111156111b2576111b2613cac565b146111d3576040516310882acd60e01b81526004810182905260240161082a565b5f600b6111e16001856144d6565b815481106111f1576111f16144e9565b905f5260205f20015490505f611231838360405180608001604052808d6001600160a01b031681526020018c81526020018b81526020018a815250612d88565b8551604080516001600160a01b039283168152602081018e9052918c1682820152606082018b9052608082018a905260a0820189905251919250839185916001917f9da80c91624d23ee153965e5b8ea5b6a0c37218066e7854b3415908a0cde79b79181900360c00190a4600181015463ffffffff165f036112ba576112ba8382600101612cc7565b50505050505050505050565b5f82815260046020526040812054600160b01b90046001600160401b03168082036113075760405163137b82f160e01b81526004810185905260240161082a565b608083901c1561132d57604051638f21a56560e01b81526004810184905260240161082a565b60801b8217905092915050565b5f60025b5f8381526002602052604090205460ff16600381111561136057611360613cac565b1492915050565b5f61137181611e3a565b61077b826002612e7a565b5f61138681611e3a565b60015f8481526002602052604090205460ff1660038111156113aa576113aa613cac565b146113cb5760405163c50f029560e01b81526004810184905260240161082a565b6001600160a01b0382166113f25760405163733eb12f60e01b815260040161082a906144fd565b5f8381526003602052604080822060010180546001600160a01b031981166001600160a01b038781169182179093559251911692839187917f901506523deeb98dda0d6a076103b1fc25112f8643baa1c0d2be356dbaf34ced91a450505050565b5f8281526001602052604081206107da908361317c565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b7f547b500e425d72fd0723933cceefc203cef652b4736fd04250c3369b3e1a0a736114bc81611e3a565b61077b826001611e47565b606060065f8381526020019081526020015f20805480602002602001604051908101604052809291908181526020015f905b82821015611558575f8481526020908190206040805160608101825260028602909201805483526001908101546001600160a01b03811684860152600160a01b90046001600160401b03169183019190915290835290920191016114f9565b505050509050919050565b5f81815260016020526040902060609061076090613187565b5f600161133e565b61158c613b27565b60015f8381526002602052604090205460ff1660038111156115b0576115b0613cac565b146115d15760405163c50f029560e01b81526004810183905260240161082a565b5f82815260036020908152604091829020825160a0810184528154815260018201546001600160a01b03169281019290925282518084018452600282018054939492939285019282908290611625906145c7565b80601f0160208091040260200160405190810160405280929190818152602001828054611651906145c7565b801561169c5780601f106116735761010080835404028352916020019161169c565b820191905f5260205f20905b81548152906001019060200180831161167f57829003601f168201915b50505091835250506001919091015460209182015290825260048301546001600160401b031682820152600583018054604080518285028101850182528281529401939283018282801561170d57602002820191905f5260205f20905b8154815260200190600101908083116116f9575b5050505050815250509050919050565b60605f5f611731600b805490508686612baf565b909250905061174082826144d6565b6001600160401b038111156117575761175761451f565b60405190808252806020026020018201604052801561179057816020015b61177d613972565b8152602001906001900390816117755790505b509250815b81811015610c93576117c1600b82815481106117b3576117b36144e9565b905f5260205f20015461245f565b846117cc85846144d6565b815181106117dc576117dc6144e9565b6020908102919091010152600101611795565b60605f5f611803600a805490508686612baf565b909250905061181282826144d6565b6001600160401b038111156118295761182961451f565b60405190808252806020026020018201604052801561186257816020015b61184f613b27565b8152602001906001900390816118475790505b509250815b81811015610c935760035f600a8381548110611885576118856144e9565b5f91825260208083209091015483528281019390935260409182019020815160a0810183528154815260018201546001600160a01b031693810193909352815180830183526002820180549293850192829082906118e2906145c7565b80601f016020809104026020016040519081016040528092919081815260200182805461190e906145c7565b80156119595780601f1061193057610100808354040283529160200191611959565b820191905f5260205f20905b81548152906001019060200180831161193c57829003601f168201915b50505091835250506001919091015460209182015290825260048301546001600160401b03168282015260058301805460408051828502810185018252828152940193928301828280156119ca57602002820191905f5260205f20905b8154815260200190600101908083116119b6575b5050505050815250508484836119e091906144d6565b815181106119f0576119f06144e9565b6020908102919091010152600101611867565b5f600361133e565b5f8281526002602052604081205460ff1690816003811115611a2f57611a2f613cac565b03611a50576040516310f28d0f60e01b81526004810184905260240161082a565b5f6001826003811115611a6557611a65613cac565b14611aa057611a9a6002836003811115611a8157611a81613cac565b14611a9457611a8f85613193565b612ae1565b84612ae1565b51611aa2565b835b9050611aae5f3361146a565b158015611ad457505f818152600360205260409020600101546001600160a01b03163314155b15611afb57604051631c990a7b60e31b81526004810185905233602482015260440161082a565b5f806001846003811115611b1157611b11613cac565b03611b355750505f8481526003602081905260409091209081015490600201611c1e565b6002846003811115611b4957611b49613cac565b03611ba857505f8581526004602052604090208054600382019190600160a81b900460ff16611b8957611b7b87612ae1565b610200015160200151611b8f565b81600101545b815460ff60a81b1916600160a81b179091559150611c1e565b505f8581526005602052604090208054600682019190600160a81b900460ff16611c035780546001600160a01b031615611bfd578054611bf0906001600160a01b03166131f0565b60a0015160200151611c09565b5f611c09565b81600101545b815460ff60a81b1916600160a81b1790915591505b611c28858061457e565b8291611c3591908361463d565b50602085013560018201819055339087907fd88b97d58b8b5bc97b3bd1c7575e98d97748782739afdd24364c3508b6aec45c908590611c748a8061457e565b604051611c849493929190614838565b60405180910390a3505050505050565b5f81815260016020526040812061076090613214565b5f82815260208190526040902060010154611cc481611e3a565b6108b68383612ab6565b5f60025f8381526002602052604090205460ff166003811115611cf357611cf3613cac565b14611d145760405163137b82f160e01b81526004810183905260240161082a565b5f611d1e83612ae1565b6040810151909150611d3257505f92915050565b604080820151606083015191516379ce87fb60e11b8152600481019190915263ffffffff90911660248201526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063f39d0ff690604401602060405180830381865afa158015611dad573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107da919061487e565b7f547b500e425d72fd0723933cceefc203cef652b4736fd04250c3369b3e1a0a73611dfb81611e3a565b61077b826001612e7a565b5f6001600160e01b03198216637965db0b60e01b148061076057506301ffc9a760e01b6001600160e01b0319831614610760565b611e44813361321d565b50565b8135611e5281612d43565b5f8181526002602052604081205460ff166003811115611e7457611e74613cac565b14611e955760405163155c98a560e01b81526004810182905260240161082a565b60016020808501355f9081526002909152604090205460ff166003811115611ebf57611ebf613cac565b14611ee35760405163c50f029560e01b81526020840135600482015260240161082a565b5f611ef5610100850160e08601613c7a565b6001600160a01b031603611f375760405163733eb12f60e01b8152602060048201526008602482015267616c6d50726f787960c01b604482015260640161082a565b5f818152600260208190526040909120805460ff19169091179055611f6c611f66610100850160e08601613c7a565b82613256565b5f611f7f61012085016101008601613c7a565b6001600160a01b031614611fa257611fa2611f6661012085016101008601613c7a565b5f611fb561016085016101408601613c7a565b6001600160a01b031614611fd857611fd8611f6661016085016101408601613c7a565b5f5b611fe8610200850185614899565b905081101561203857612030612002610200860186614899565b83818110612012576120126144e9565b905060400201602001602081019061202a9190613c7a565b83613256565b600101611fda565b50600b80546001810182555f8290527f0175b7a638427703f0dbe7bb9bbf987a2551717b34e79f33b5b1008d1fa01db9018290555461208461207e610200860186614899565b836132fd565b6020808501355f818152600383526040808220600501805460018101825590835284832001869055858252600484529081902081516102208101835292835281880135938301939093526060808801359183019190915261232d919081016120f260a0890160808a016148ef565b63ffffffff168152602001600187600281111561211157612111613cac565b1480612128575061212860e0890160c08a0161490a565b151581526001600160401b034216602082015260400161214f610100890160e08a01613c7a565b6001600160a01b0316815260200161216f61012089016101008a01613c7a565b6001600160a01b0316815260200161218f61016089016101408a01613c7a565b6001600160a01b031681526020016121af61018089016101608a01613c7a565b6001600160a01b031681526020016121cf6101a089016101808a01613c7a565b6001600160a01b031681526020016121ef6101c089016101a08a01613c7a565b6001600160a01b0316815260200161220f6101e089016101c08a01613c7a565b6001600160a01b031681526101e08801356020820152604001612236610200890189614899565b808060200260200160405190810160405280939291908181526020015f905b8282101561228157612272604083028601368190038101906149f9565b81526020019060010190612255565b505050918352505060200161229a610220890189614899565b808060200260200160405190810160405280939291908181526020015f905b828210156122e5576122d6604083028601368190038101906149f9565b815260200190600101906122b9565b50505091835250506020016122fe610240890189614a13565b61230790614a57565b90526040516123199190602001614ae1565b604051602081830303815290604052613442565b81546001600160a01b031981166001600160a01b03929092169182178355859183916001600160a81b03191617600160a01b83600281111561237157612371613cac565b0217905550805467ffffffffffffffff60b01b1916600160b01b6001600160401b038416021781556123ab610280860161026087016148ef565b60018201805463ffffffff191663ffffffff929092169190911790556020850135837f0b517c8152b1e65eba9fb52a99123693c36c7916c89fbdcb78c151b29c2f1cb186606089013561240460a08b0160808c016148ef565b6124156101008c0160e08d01613c7a565b6040516124259493929190614c42565b60405180910390a361243f610280860161026087016148ef565b63ffffffff165f03612458576124588382600101612cc7565b5050505050565b612467613972565b5f8281526004602052604081209061247e84612ae1565b848452805160208086019190915281015160408086019190915281015160608086019190915281015163ffffffff166080850152825490915060a0840190600160a01b900460ff1660028111156124d7576124d7613cac565b908160028111156124ea576124ea613cac565b9052506080810151151560c0808501919091528101516001600160a01b0390811660e08086019190915282015181166101008086019190915260a08301516001600160401b0316610120808701919091529083015182166101408087019190915290830151821661016080870191909152908301518216610180808701919091529083015182166101a080870191909152908301519091166101c080860191909152908201516101e080860191909152908201516102008501528101516102208401525f848152600960205260408120905b8461022001515181101561264c575f825f87610220015184815181106125e4576125e46144e9565b6020908102919091018101515182528101919091526040015f20546001600160a01b03169050801561264357808661022001518381518110612628576126286144e9565b6020908102919091018101516001600160a01b039092169101525b506001016125bc565b508254600160a81b900460ff1661266857816102000151612711565b826003016040518060400160405290815f82018054612686906145c7565b80601f01602080910402602001604051908101604052809291908181526020018280546126b2906145c7565b80156126fd5780601f106126d4576101008083540402835291602001916126fd565b820191905f5260205f20905b8154815290600101906020018083116126e057829003601f168201915b505050505081526020016001820154815250505b61024085015260408051606081018252600185015463ffffffff8082168352640100000000820416602080840191909152600160401b9091046001600160401b03168284015261026087019190915260028501805483518184028101840190945280845290918301828280156127a457602002820191905f5260205f20905b815481526020019060010190808311612790575b5050505050846102800181905250505050919050565b6127c2613a95565b5f828152600560205260409081902083835280549091830190600160a01b900460ff1660028111156127f6576127f6613cac565b9081600281111561280957612809613cac565b90525060408051606081018252600183015463ffffffff80821683526401000000008204166020830152600160401b90046001600160401b03169181019190915261010083015280546001600160a01b0316156128ee5780545f90612876906001600160a01b03166131f0565b80516020808601919091528101516001600160401b031660608086019190915260408201516080808701919091529082015160a086015281015151909150156128e05780608001515f815181106128cf576128cf6144e9565b60200260200101518360c001819052505b60a0015160e08301526129bc565b608083901c600b6129006001836144d6565b81548110612910576129106144e9565b5f91825260209182902001549084019081528254600160b01b90046001600160401b031660608501526040805160c08101909152905160028401919081906129659061295b90612ae1565b6101c001516134d9565b6001600160a01b0390811682526fffffffffffffffffffffffffffffffff881660208301528354166040820152600183015460608201526002830154608082015260039092015460a09092019190915260c0840152505b8054600160a81b900460ff1615612a7d57806006016040518060400160405290815f820180546129eb906145c7565b80601f0160208091040260200160405190810160405280929190818152602001828054612a17906145c7565b8015612a625780601f10612a3957610100808354040283529160200191612a62565b820191905f5260205f20905b815481529060010190602001808311612a4557829003601f168201915b50505091835250506001919091015460209091015260e08301525b50919050565b5f5f612a8f8484613541565b905080156107da575f848152600160205260409020612aae90846135d0565b509392505050565b5f5f612ac284846135e4565b905080156107da575f848152600160205260409020612aae908461364d565b612b7c60408051610220810182525f808252602080830182905282840182905260608084018390526080840183905260a0840183905260c0840183905260e08401839052610100840183905261012084018390526101408401839052610160840183905261018084018390526101a084018390526101c084018190526101e08401819052845180860190955284528301529061020082015290565b5f82815260046020526040902054612b9c906001600160a01b0316613661565b8060200190518101906107609190614de7565b5f5f848410612bc257505f905080612be9565b8383612bce82886144d6565b10612be257612bdd8486614533565b612be4565b855b915091505b935093915050565b5f81815260026020819052604082205460ff1690816003811115612c1757612c17613cac565b03612c315750505f90815260046020526040902060010190565b6003816003811115612c4557612c45613cac565b03612c5f5750505f90815260056020526040902060010190565b6040516310f28d0f60e01b81526004810184905260240161082a565b5f62015180612c8c61b6d0826144d6565b612c969084614533565b6107609190614f89565b5f612cb061b6d0620151806144d6565b612cbd8362015180614fa8565b61076091906144d6565b80546fffffffffffffffff00000000000000001916600160401b426001600160401b0316908102919091178083556040805164010000000090920463ffffffff168252602082019290925283917f8058327a0fe21a15e7211bff9c473ece8397f809cb8764fed8a7aa0094f05cd4910160405180910390a25050565b80612d61576040516307e5c14160e01b815260040160405180910390fd5b60c081901c5f03611e4457604051631da0971360e01b81526004810182905260240161082a565b5f8281526004602052604081208054600160a01b900460ff16612dad868683866136fd565b805467ffffffffffffffff60b01b1916600160b01b426001600160401b03160217815584516002820180546001600160a01b0319166001600160a01b0390921691909117905560208501516003820155604080860151600483015560608601516005830155600184810154908301805463ffffffff90921663ffffffff1990921691909117905551909350859087907f553744cca20cb82b5302396fd2118c170d411b5bb4b69896741e0051db7f10d890612e69908590614fbf565b60405180910390a350509392505050565b8135612e8581612d43565b5f8181526002602052604081205460ff166003811115612ea757612ea7613cac565b14612ec8576040516310882acd60e01b81526004810182905260240161082a565b60026020808501355f9081526002909152604090205460ff166003811115612ef257612ef2613cac565b14612f165760405163137b82f160e01b81526020840135600482015260240161082a565b5f5b612f2560a0850185614899565b9050811015612f4657612f3e61200260a0860186614899565b600101612f18565b505f80612f5960e0860160c08701613c7a565b6001600160a01b031614612f6e576001612f70565b5f5b60ff166001600160401b03811115612f8a57612f8a61451f565b604051908082528060200260200182016040528015612fc357816020015b612fb0613b76565b815260200190600190039081612fa85790505b50905080515f14612ffe57612fe036859003850160c08601614fcd565b815f81518110612ff257612ff26144e9565b60200260200101819052505b5f6130c66040518060c0016040528087602001358152602001426001600160401b0316815260200187608001358152602001878060a001906130409190614899565b808060200260200160405190810160405280939291908181526020015f905b8282101561308b5761307c604083028601368190038101906149f9565b8152602001906001019061305f565b5050509183525050602081018590526040016130ab610180890189614a13565b6130b490614a57565b90526040516123199190602001615038565b90505f6130d984876020013587856136fd565b90506130ed6101c087016101a088016148ef565b60018201805463ffffffff191663ffffffff9290921691909117905560405160208701359085907f553744cca20cb82b5302396fd2118c170d411b5bb4b69896741e0051db7f10d890613141908990614fbf565b60405180910390a361315b6101c087016101a088016148ef565b63ffffffff165f03613174576131748482600101612cc7565b505050505050565b5f6107da83836137cb565b60605f6107da836137f1565b5f818152600560205260408120546001600160a01b031680156131bf576131b9816131f0565b516107da565b600b6131d06001608086901c6144d6565b815481106131e0576131e06144e9565b905f5260205f2001549392505050565b6131f8613bb8565b61320182613661565b80602001905181019061076091906151a1565b5f610760825490565b613227828261146a565b61077b5760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161082a565b6001600160a01b0382166132985760405163733eb12f60e01b815260206004820152600860248201526718dbdb9d1c9858dd60c21b604482015260640161082a565b6001600160a01b0382165f9081526007602052604090205480156132e157604051635ae045f160e01b81526001600160a01b03841660048201526024810182905260440161082a565b506001600160a01b039091165f90815260076020526040902055565b5f80805b848110156133d0576b4e666174466163696c69747960a01b86868381811061332b5761332b6144e9565b9050604002015f01350361336a5785858281811061334b5761334b6144e9565b90506040020160200160208101906133639190613c7a565b92506133c8565b6c273330ba2232b0b62a37b5b2b760991b86868381811061338d5761338d6144e9565b9050604002015f0135036133c8578585828181106133ad576133ad6144e9565b90506040020160200160208101906133c59190613c7a565b91505b600101613301565b506001600160a01b03821615612458576040805180820182526001600160a01b0392831681526001600160401b0394851660208083019182529484165f90815260089095529190932092518354915192166001600160e01b031990911617600160a01b91909316029190911790555050565b5f5f825160016134529190614533565b905061600081111561347c57825160405163278b998360e21b815260040161082a91815260200190565b5f8184604051602001613490929190615284565b60405160208183030381529060405290508051602082015ff092506001600160a01b0383166134d2576040516385924b9760e01b815260040160405180910390fd5b5050919050565b5f805b8251811015612a7d576c273330ba2232b0b62a37b5b2b760991b838281518110613508576135086144e9565b60200260200101515f0151036135395782818151811061352a5761352a6144e9565b60200260200101516020015191505b6001016134dc565b5f61354c838361146a565b6135c9575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556135813390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610760565b505f610760565b5f6107da836001600160a01b03841661384a565b5f6135ef838361146a565b156135c9575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610760565b5f6107da836001600160a01b03841661388f565b60606001600160a01b0382163b5f81900361369a57604051630f28217760e01b81526001600160a01b038416600482015260240161082a565b5f6136a66001836144d6565b9050806001600160401b038111156136c0576136c061451f565b6040519080825280601f01601f1916602001820160405280156136ea576020820181803683370190505b50925080600160208501863c5050919050565b5f848152600260208181526040808420805460ff19166003179055600590915290912080546001600160a01b031981166001600160a01b03851690811783559192859284926001600160a81b0319161790600160a01b90849081111561376557613765613cac565b02179055505f9384526004602090815260408520600201805460018181018355918752918620909101869055600c805491820181559094527fdf6966c971051c3d54ec59162606531493a51404a002842f56009d7e5cf4a8c79093019390935550919050565b5f825f0182815481106137e0576137e06144e9565b905f5260205f200154905092915050565b6060815f0180548060200260200160405190810160405280929190818152602001828054801561383e57602002820191905f5260205f20905b81548152602001906001019080831161382a575b50505050509050919050565b5f8181526001830160205260408120546135c957508154600181810184555f848152602080822090930184905584548482528286019093526040902091909155610760565b5f8181526001830160205260408120548015613969575f6138b16001836144d6565b85549091505f906138c4906001906144d6565b9050808214613923575f865f0182815481106138e2576138e26144e9565b905f5260205f200154905080875f018481548110613902576139026144e9565b5f918252602080832090910192909255918252600188019052604090208390555b8554869080613934576139346152d5565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f905560019350505050610760565b5f915050610760565b604051806102a001604052805f81526020015f81526020015f81526020015f81526020015f63ffffffff1681526020015f60028111156139b4576139b4613cac565b81526020015f151581526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f6001600160401b031681526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f81526020016060815260200160608152602001613a696040518060400160405280606081526020015f81525090565b8152604080516060810182525f8082526020828101829052928201529101908152602001606081525090565b6040518061012001604052805f81526020015f81526020015f6002811115613abf57613abf613cac565b81525f602082018190526040820152606080820152608001613adf613b76565b8152602001613b006040518060400160405280606081526020015f81525090565b8152604080516060810182525f80825260208281018290529282015291015290565b905290565b6040518060a001604052805f81526020015f6001600160a01b03168152602001613b636040518060400160405280606081526020015f81525090565b81525f6020820152606060409091015290565b6040518060c001604052805f6001600160a01b031681526020015f81526020015f6001600160a01b031681526020015f81526020015f81526020015f81525090565b6040518060c001604052805f81526020015f6001600160401b031681526020015f81526020016060815260200160608152602001613b226040518060400160405280606081526020015f81525090565b5f60208284031215613c18575f5ffd5b81356001600160e01b0319811681146107da575f5ffd5b5f60208284031215613c3f575f5ffd5b81356001600160401b03811115613c54575f5ffd5b82016102e081850312156107da575f5ffd5b6001600160a01b0381168114611e44575f5ffd5b5f60208284031215613c8a575f5ffd5b81356107da81613c66565b5f60208284031215613ca5575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b60038110613cdc57634e487b7160e01b5f52602160045260245ffd5b9052565b5f8151808452602084019350602083015f5b82811015613d2e57613d18868351805182526020908101516001600160a01b0316910152565b6040959095019460209190910190600101613cf2565b5093949350505050565b5f81516040845280518060408601528060208301606087015e5f60608287010152602084015160208601526060601f19601f8301168601019250505092915050565b5f8151808452602084019350602083015f5b82811015613d2e578151865260209586019590910190600101613d8c565b805182526020810151602083015260408101516040830152606081015160608301525f6080820151613de4608085018263ffffffff169052565b5060a0820151613df760a0850182613cc0565b5060c0820151613e0b60c085018215159052565b5060e0820151613e2660e08501826001600160a01b03169052565b50610100820151613e436101008501826001600160a01b03169052565b50610120820151613e606101208501826001600160401b03169052565b50610140820151613e7d6101408501826001600160a01b03169052565b50610160820151613e9a6101608501826001600160a01b03169052565b50610180820151613eb76101808501826001600160a01b03169052565b506101a0820151613ed46101a08501826001600160a01b03169052565b506101c0820151613ef16101c08501826001600160a01b03169052565b506101e08201516101e08401526102008201516102e0610200850152613f1b6102e0850182613ce0565b9050610220830151848203610220860152613f368282613ce0565b915050610240830151848203610240860152613f528282613d38565b915050610260830151613f9561026086018263ffffffff815116825263ffffffff60208201511660208301526001600160401b0360408201511660408301525050565b506102808301518482036102c0860152613faf8282613d7a565b95945050505050565b602081525f6107da6020830184613daa565b80516001600160a01b0390811683526020808301519084015260408083015190911690830152606080820151908301526080808201519083015260a090810151910152565b80518252602081015160208301525f60408201516140306040850182613cc0565b50606082015161404b60608501826001600160401b03169052565b506080820151608084015260a082015161020060a0850152614071610200850182613ce0565b905060c083015161408560c0860182613fca565b5060e083015184820361018086015261409e8282613d38565b610100850151805163ffffffff9081166101a08901526020820151166101c088015260408101516001600160401b03166101e08801529092509050612aae565b602081525f6107da602083018461400f565b5f5f60408385031215614101575f5ffd5b82359150602083013561411381613c66565b809150509250929050565b5f5f6040838503121561412f575f5ffd5b50508035926020909101359150565b5f5f5f60608486031215614150575f5ffd5b8335925060208401359150604084013561416981613c66565b809150509250925092565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b828110156141cb57603f198786030184526141b685835161400f565b9450602093840193919091019060010161419a565b50929695505050505050565b5f60408284031215612a7d575f5ffd5b5f5f5f606084860312156141f9575f5ffd5b83359250602084013561420b81613c66565b915060408401356001600160401b03811115614225575f5ffd5b614231868287016141d7565b9150509250925092565b5f5f5f5f5f60a0868803121561424f575f5ffd5b85359450602086013561426181613c66565b94979496505050506040830135926060810135926080909101359150565b5f6020828403121561428f575f5ffd5b81356001600160401b038111156142a4575f5ffd5b820161020081850312156107da575f5ffd5b602080825282518282018190525f918401906040840190835b81811015614318578351805184526020808201516001600160a01b0316818601526040918201516001600160401b031691850191909152909301926060909201916001016142cf565b509095945050505050565b602080825282518282018190525f918401906040840190835b818110156143185783516001600160a01b031683526020938401939092019160010161433c565b8051825260018060a01b0360208201511660208301525f604082015160a0604085015261439360a0850182613d38565b90506001600160401b03606084015116606085015260808301518482036080860152613faf8282613d7a565b602081525f6107da6020830184614363565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b828110156141cb57603f19878603018452614413858351613daa565b945060209384019391909101906001016143f7565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b828110156141cb57603f1987860301845261446a858351614363565b9450602093840193919091019060010161444e565b5f5f60408385031215614490575f5ffd5b8235915060208301356001600160401b038111156144ac575f5ffd5b6144b8858286016141d7565b9150509250929050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610760576107606144c2565b634e487b7160e01b5f52603260045260245ffd5b60208082526008908201526737b832b930ba37b960c11b604082015260600190565b634e487b7160e01b5f52604160045260245ffd5b80820180821115610760576107606144c2565b63ffffffff8181168382160190811115610760576107606144c2565b63ffffffff8281168282160390811115610760576107606144c2565b5f5f8335601e19843603018112614593575f5ffd5b8301803591506001600160401b038211156145ac575f5ffd5b6020019150368190038213156145c0575f5ffd5b9250929050565b600181811c908216806145db57607f821691505b602082108103612a7d57634e487b7160e01b5f52602260045260245ffd5b601f8211156109b757805f5260205f20601f840160051c8101602085101561461e5750805b601f840160051c820191505b81811015612458575f815560010161462a565b6001600160401b038311156146545761465461451f565b6146688361466283546145c7565b836145f9565b5f601f841160018114614699575f85156146825750838201355b5f19600387901b1c1916600186901b178355612458565b5f83815260208120601f198716915b828110156146c857868501358255602094850194600190920191016146a8565b50868210156146e4575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b8135601e19833603018112614709575f5ffd5b820180356001600160401b0381118015614721575f5ffd5b813603602084011315614732575f5ffd5b5f90505061474a8161474485546145c7565b856145f9565b5f601f82116001811461477e575f83156147675750838201602001355b5f19600385901b1c1916600184901b1785556147da565b5f85815260208120601f198516915b828110156147af5760208588018101358355948501946001909201910161478d565b50848210156147ce575f1960f88660031b161c19602085880101351681555b505060018360011b0185555b5050505060209190910135600190910155565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f6148286040830185876147ed565b9050826020830152949350505050565b848152836020820152606060408201525f6148576060830184866147ed565b9695505050505050565b8015158114611e44575f5ffd5b805161487981614861565b919050565b5f6020828403121561488e575f5ffd5b81516107da81614861565b5f5f8335601e198436030181126148ae575f5ffd5b8301803591506001600160401b038211156148c7575f5ffd5b6020019150600681901b36038213156145c0575f5ffd5b63ffffffff81168114611e44575f5ffd5b5f602082840312156148ff575f5ffd5b81356107da816148de565b5f6020828403121561491a575f5ffd5b81356107da81614861565b604080519081016001600160401b03811182821017156149475761494761451f565b60405290565b60405161022081016001600160401b03811182821017156149475761494761451f565b60405160c081016001600160401b03811182821017156149475761494761451f565b604051601f8201601f191681016001600160401b03811182821017156149ba576149ba61451f565b604052919050565b5f604082840312156149d2575f5ffd5b6149da614925565b82358152905060208201356149ee81613c66565b602082015292915050565b5f60408284031215614a09575f5ffd5b6107da83836149c2565b5f8235603e19833603018112614a27575f5ffd5b9190910192915050565b5f6001600160401b03821115614a4957614a4961451f565b50601f01601f191660200190565b5f60408236031215614a67575f5ffd5b614a6f614925565b82356001600160401b03811115614a84575f5ffd5b830136601f820112614a94575f5ffd5b8035614aa7614aa282614a31565b614992565b818152366020838501011115614abb575f5ffd5b816020840160208301375f60209282018301528352938401359382019390935292915050565b602081528151602082015260208201516040820152604082015160608201525f6060830151614b18608084018263ffffffff169052565b50608083015180151560a08401525060a08301516001600160401b03811660c08401525060c08301516001600160a01b03811660e08401525060e08301516001600160a01b038116610100840152506101008301516001600160a01b038116610120840152506101208301516001600160a01b038116610140840152506101408301516001600160a01b038116610160840152506101608301516001600160a01b038116610180840152506101808301516001600160a01b0381166101a0840152506101a08301516101c08301526101c08301516102206101e0840152614c03610240840182613ce0565b90506101e0840151601f1984830301610200850152614c228282613ce0565b915050610200840151601f1984830301610220850152613faf8282613d38565b60808101614c508287613cc0565b602082019490945263ffffffff9290921660408301526001600160a01b0316606090910152919050565b8051614879816148de565b80516001600160401b0381168114614879575f5ffd5b805161487981613c66565b5f6001600160401b03821115614cbe57614cbe61451f565b5060051b60200190565b5f82601f830112614cd7575f5ffd5b8151602083015f614cea614aa284614ca6565b83815260069390931b82019290506020810186841115614d08575f5ffd5b83831015614d56575f60408489031215614d20575f5ffd5b614d28614925565b845181526020850151909150614d3d81613c66565b6020828101919091529082526040939093019201614d08565b5095945050505050565b5f60408284031215614d70575f5ffd5b614d78614925565b905081516001600160401b03811115614d8f575f5ffd5b8201601f81018413614d9f575f5ffd5b8051614dad614aa282614a31565b818152856020838501011115614dc1575f5ffd5b8160208401602083015e5f60209282018301528352928301519282019290925292915050565b5f60208284031215614df7575f5ffd5b81516001600160401b03811115614e0c575f5ffd5b82016102208185031215614e1e575f5ffd5b614e2661494d565b815181526020808301519082015260408083015190820152614e4a60608301614c7a565b6060820152614e5b6080830161486e565b6080820152614e6c60a08301614c85565b60a0820152614e7d60c08301614c9b565b60c0820152614e8e60e08301614c9b565b60e0820152614ea06101008301614c9b565b610100820152614eb36101208301614c9b565b610120820152614ec66101408301614c9b565b610140820152614ed96101608301614c9b565b610160820152614eec6101808301614c9b565b6101808201526101a082810151908201526101c08201516001600160401b03811115614f16575f5ffd5b614f2286828501614cc8565b6101c0830152506101e08201516001600160401b03811115614f42575f5ffd5b614f4e86828501614cc8565b6101e0830152506102008201516001600160401b03811115614f6e575f5ffd5b614f7a86828501614d60565b61020083015250949350505050565b5f82614fa357634e487b7160e01b5f52601260045260245ffd5b500490565b8082028115828204841417610760576107606144c2565b602081016107608284613cc0565b5f60c0828403128015614fde575f5ffd5b50614fe7614970565b8235614ff281613c66565b815260208381013590820152604083013561500c81613c66565b6040820152606083810135908201526080808401359082015260a0928301359281019290925250919050565b60208152815160208201526001600160401b036020830151166040820152604082015160608201525f606083015160c0608084015261507a60e0840182613ce0565b6080850151848203601f190160a08601528051808352602091820193505f9291909101905b808310156150c9576150b2828551613fca565b60c08201915060208401935060018301925061509f565b5060a0860151858203601f190160c087015292506148578184613d38565b5f82601f8301126150f6575f5ffd5b8151615104614aa282614ca6565b80828252602082019150602060c08402860101925085831115615125575f5ffd5b602085015b83811015614d565760c08188031215615141575f5ffd5b615149614970565b815161515481613c66565b815260208281015190820152604082015161516e81613c66565b6040820152606082810151908201526080808301519082015260a08083015190820152835260209092019160c00161512a565b5f602082840312156151b1575f5ffd5b81516001600160401b038111156151c6575f5ffd5b820160c081850312156151d7575f5ffd5b6151df614970565b815181526151ef60208301614c85565b60208201526040828101519082015260608201516001600160401b03811115615216575f5ffd5b61522286828501614cc8565b60608301525060808201516001600160401b03811115615240575f5ffd5b61524c868285016150e7565b60808301525060a08201516001600160401b0381111561526a575f5ffd5b61527686828501614d60565b60a083015250949350505050565b606160f81b815260f083901b6001600160f01b03191660018201526880600c6000396000f360b81b60038201525f600c820181905282518060208501600d85015e5f9201600d019182525092915050565b634e487b7160e01b5f52603160045260245ffd";
