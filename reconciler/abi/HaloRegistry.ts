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
export const haloRegistryBytecode: `0x${string}` = "0x60a060405234801561000f575f5ffd5b506040516149d03803806149d083398101604081905261002e91610227565b6001600160a01b0382166100725760405163733eb12f60e01b815260206004820152600560248201526430b236b4b760d91b60448201526064015b60405180910390fd5b6001600160a01b0381166100bc5760405163733eb12f60e01b815260206004820152601060248201526f74656d706c617465526567697374727960801b6044820152606401610069565b6001600160a01b0381166080526100d35f836100db565b505050610258565b5f806100e78484610111565b90508015610108575f84815260016020526040902061010690846101b8565b505b90505b92915050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166101b1575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101693390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161010b565b505f61010b565b5f610108836001600160a01b0384165f8181526001830160205260408120546101b157508154600181810184555f84815260208082209093018490558454848252828601909352604090209190915561010b565b80516001600160a01b0381168114610222575f5ffd5b919050565b5f5f60408385031215610238575f5ffd5b6102418361020c565b915061024f6020840161020c565b90509250929050565b6080516147596102775f395f818161055401526125fd01526147595ff3fe608060405234801561000f575f5ffd5b5060043610610276575f3560e01c80639010d07c11610156578063ade6527f116100ca578063cb60907711610084578063cb60907714610659578063d547741f14610680578063e623140214610693578063eed76ff8146106a6578063f584fbf6146106b9578063fdef8766146106c1575f5ffd5b8063ade6527f146105d8578063ae1b0cd0146105f8578063b0db18ad14610618578063b7dc12841461062b578063c365aa4f14610633578063ca15c87314610646575f5ffd5b8063a0af81f01161011b578063a0af81f01461054f578063a217fddf14610576578063a3246ad31461057d578063a5b925d21461059d578063a6c2af01146105b0578063ab996317146105d0575f5ffd5b80639010d07c146104b757806391d14854146104e2578063968e607e146104f55780639de52eef1461051c578063a005293b1461052f575f5ffd5b8063335f4c76116101ed5780635e3218b0116101b25780635e3218b01461044557806369774d0c146104585780636a8706791461046b5780636caa47071461047e5780636f9af28c14610491578063823b0827146104a4575f5ffd5b8063335f4c76146103d157806336568abe146103e45780634519cd57146103f7578063528582f01461041257806353c9883d14610432575f5ffd5b8063238015701161023e578063238015701461031e57806323fa6b0c1461033e578063248a9ca31461035e5780632dd31000146103805780632eb86e8b146103a75780632f2ff15d146103be575f5ffd5b806301ffc9a71461027a5780630291a13d146102a257806314afd79e146102b75780631915c6cb146102ed5780631b1eb9e114610315575b5f5ffd5b61028d610288366004613955565b6106d7565b60405190151581526020015b60405180910390f35b6102b56102b036600461397c565b610701565b005b6102df6102c53660046139c7565b6001600160a01b03165f9081526007602052604090205490565b604051908152602001610299565b6102df6102fb3660046139c7565b6001600160a01b03165f9081526009602052604090205490565b6102df61b6d081565b61033161032c3660046139e2565b61071a565b6040516102999190613d05565b61035161034c3660046139e2565b610ac0565b6040516102999190613e28565b6102df61036c3660046139e2565b5f9081526020819052604090206001015490565b6102df7f547b500e425d72fd0723933cceefc203cef652b4736fd04250c3369b3e1a0a7381565b6102df6c273330ba2232b0b62a37b5b2b760991b81565b6102b56103cc366004613e3a565b610d62565b61028d6103df3660046139c7565b610d8c565b6102b56103f2366004613e3a565b610e55565b6103ff600181565b60405161ffff9091168152602001610299565b610425610420366004613e68565b610e8d565b6040516102999190613e88565b6102b5610440366004613e68565b6111b6565b6102b5610453366004613f01565b61144c565b6102b5610466366004613f55565b611637565b6102df610479366004613e68565b611891565b61028d61048c3660046139e2565b6118f5565b6102b561049f366004613f99565b611922565b6102b56104b2366004613e3a565b611937565b6104ca6104c5366004613e68565b611a29565b6040516001600160a01b039091168152602001610299565b61028d6104f0366004613e3a565b611a47565b6102df7f408ebdd15991a158e11bdc330490103683be8be3dcaf3b674806340fa7f8039481565b6102b561052a36600461397c565b611a6f565b61054261053d3660046139e2565b611aa4565b6040516102999190613fd0565b6104ca7f000000000000000000000000000000000000000000000000000000000000000081565b6102df5f81565b61059061058b3660046139e2565b611b40565b604051610299919061403d565b61028d6105ab3660046139e2565b611b59565b6105c36105be3660046139e2565b611b61565b60405161029991906140d9565b600b546102df565b6105eb6105e6366004613e68565b611cf8565b60405161029991906140eb565b61060b610606366004613e68565b612119565b6040516102999190614142565b61028d6106263660046139e2565b61232d565b600a546102df565b6102b5610641366004614199565b612335565b6102df6106543660046139e2565b612531565b6102df7fd6b769dbdbf190871759edfb79bd17eda0005e1b8c3b6b3f5b480b5604ad501481565b6102b561068e366004613e3a565b612547565b61028d6106a13660046139e2565b61256b565b6102b56106b4366004613f99565b61266e565b600c546102df565b6102df6b4e666174466163696c69747960a01b81565b5f6001600160e01b03198216635a05180f60e01b14806106fb57506106fb826126a3565b92915050565b5f61070b816126d7565b6107168260026126e4565b5050565b610722613710565b60025f8381526002602052604090205460ff166003811115610746576107466139f9565b1461076c5760405163137b82f160e01b8152600481018390526024015b60405180910390fd5b5f8281526004602081815260409283902083516102a0810185528154815260018201549281019290925260028082015494830194909452600381015460608301529182015463ffffffff81166080830152909260a0840191600160201b900460ff16908111156107de576107de6139f9565b60028111156107ef576107ef6139f9565b8152600482015460ff6501000000000082041615156020808401919091526001600160a01b03600160301b9092048216604080850191909152600585015480841660608601526001600160401b03600160a01b9091041660808501526006850154831660a08501526007850154831660c08501526008850154831660e085015260098501548316610100850152600a850154909216610120840152600b840154610140840152600c840180548351818402810184019094528084526101609094019390915f9084015b828210156108ff575f8481526020908190206040805180820190915260028502909101805482526001908101546001600160a01b03168284015290835290920191016108b8565b505050508152602001600d8201805480602002602001604051908101604052809291908181526020015f905b82821015610972575f8481526020908190206040805180820190915260028502909101805482526001908101546001600160a01b031682840152908352909201910161092b565b505050508152602001600e82016040518060400160405290815f82018054610999906141dc565b80601f01602080910402602001604051908101604052809291908181526020018280546109c5906141dc565b8015610a105780601f106109e757610100808354040283529160200191610a10565b820191905f5260205f20905b8154815290600101906020018083116109f357829003601f168201915b50505091835250506001919091015460209182015290825260408051606081018252601085015463ffffffff8082168352600160201b82041682850152600160401b90046001600160401b03168183015283830152601184018054825181850281018501845281815292909401939192909190830182828015610ab057602002820191905f5260205f20905b815481526020019060010190808311610a9c575b5050505050815250509050919050565b610ac8613833565b60035f8381526002602052604090205460ff166003811115610aec57610aec6139f9565b14610b0d576040516310f28d0f60e01b815260048101839052602401610763565b5f8281526005602090815260409182902082516101208101845281548152600182015492810192909252600280820154929391929184019160ff1690811115610b5857610b586139f9565b6002811115610b6957610b696139f9565b81526020016002820160019054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020016003820154815260200160048201805480602002602001604051908101604052809291908181526020015f905b82821015610c11575f8481526020908190206040805180820190915260028502909101805482526001908101546001600160a01b0316828401529083529092019101610bca565b505050908252506040805160c08101825260058401546001600160a01b03908116825260068501546020838101919091526007860154909116828401526008850154606083015260098501546080830152600a85015460a083015283015280518082018252600b840180549290930192909182908290610c90906141dc565b80601f0160208091040260200160405190810160405280929190818152602001828054610cbc906141dc565b8015610d075780601f10610cde57610100808354040283529160200191610d07565b820191905f5260205f20905b815481529060010190602001808311610cea57829003601f168201915b50505091835250506001919091015460209182015290825260408051606081018252600d949094015463ffffffff8082168652600160201b82041685840152600160401b90046001600160401b031690840152015292915050565b5f82815260208190526040902060010154610d7c816126d7565b610d868383612cc9565b50505050565b6001600160a01b0381165f9081526007602090815260408083205480845260029283905290832054909160ff90911690816003811115610dce57610dce6139f9565b03610e0b5760015f8381526004602081905260409091200154600160201b900460ff166002811115610e0257610e026139f9565b14949350505050565b6003816003811115610e1f57610e1f6139f9565b03610e4c5760015f83815260056020526040902060029081015460ff1690811115610e0257610e026139f9565b505f9392505050565b6001600160a01b0381163314610e7e5760405163334bd91960e11b815260040160405180910390fd5b610e888282612cfc565b505050565b60605f5f610ea1600c805490508686612d27565b9092509050610eb08282614222565b6001600160401b03811115610ec757610ec7614235565b604051908082528060200260200182016040528015610f0057816020015b610eed613833565b815260200190600190039081610ee55790505b509250815b818110156111ad5760055f600c8381548110610f2357610f23614249565b905f5260205f20015481526020019081526020015f20604051806101200160405290815f820154815260200160018201548152602001600282015f9054906101000a900460ff166002811115610f7b57610f7b6139f9565b6002811115610f8c57610f8c6139f9565b81526020016002820160019054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020016003820154815260200160048201805480602002602001604051908101604052809291908181526020015f905b82821015611034575f8481526020908190206040805180820190915260028502909101805482526001908101546001600160a01b0316828401529083529092019101610fed565b505050908252506040805160c08101825260058401546001600160a01b03908116825260068501546020838101919091526007860154909116828401526008850154606083015260098501546080830152600a85015460a083015283015280518082018252600b8401805492909301929091829082906110b3906141dc565b80601f01602080910402602001604051908101604052809291908181526020018280546110df906141dc565b801561112a5780601f106111015761010080835404028352916020019161112a565b820191905f5260205f20905b81548152906001019060200180831161110d57829003601f168201915b50505091835250506001919091015460209182015290825260408051606081018252600d949094015463ffffffff8082168652600160201b82041685840152600160401b90046001600160401b03169084015201528461118a8584614222565b8151811061119a5761119a614249565b6020908102919091010152600101610f05565b50505092915050565b7f408ebdd15991a158e11bdc330490103683be8be3dcaf3b674806340fa7f803946111e0816126d7565b5f6111ea84612d69565b8054909150600160401b90046001600160401b03161561122057604051635c1e118360e01b815260048101859052602401610763565b5f8481526006602052604081209061123742612df3565b825490915015801590611295575080611293836001858054905061125b9190614222565b8154811061126b5761126b614249565b5f918252602090912060029091020160010154600160a01b90046001600160401b0316612df3565b145b15611327578154869083906112ac90600190614222565b815481106112bc576112bc614249565b905f5260205f20906002020160010160149054906101000a90046001600160401b03166112f48360016112ef919061425d565b612e18565b6040516327db934f60e01b815260048101939093526001600160401b039182166024840152166044820152606401610763565b604080516060810182528681523360208083019182526001600160401b034281169484019485528654600181810189555f89815293842095516002909202909501908155925192840180549551909116600160a01b026001600160e01b03199095166001600160a01b03939093169290921793909317905584546113bc9163ffffffff600160201b9092049190911690614270565b845467ffffffff000000001916600160201b63ffffffff8316021785559050336113e760018361428c565b63ffffffff16887f0176fdca776c09051357f280c3aa3c70a984377c5b5cbddd2e924334c3899e9b8960405161141f91815260200190565b60405180910390a4835463ffffffff90811690821610611443576114438785612e3f565b50505050505050565b6114767fd6b769dbdbf190871759edfb79bd17eda0005e1b8c3b6b3f5b480b5604ad501433611a47565b15801561148a57506114885f33611a47565b155b156114a957604051628d360160e61b8152336004820152602401610763565b6114b283612eba565b5f8381526002602052604081205460ff1660038111156114d4576114d46139f9565b146114f557604051634707414f60e11b815260048101849052602401610763565b6001600160a01b0382166115375760405163733eb12f60e01b815260206004820152600860248201526737b832b930ba37b960c11b6044820152606401610763565b5f8381526002602081815260408084208054600160ff199091168117909155600390925290922085815591820180546001600160a01b0319166001600160a01b0386161790558290820161158b82826143ee565b505060048101805467ffffffffffffffff1916426001600160401b0316179055600a80546001810182555f919091527fc65a7bb8d6351c1cf70c95a316cc6a92839c986682d98bc35f958f4883f9d2a8018490556001600160a01b038316847f23b3bf82e0bebe89f344dd5ff532c2eb6baa435d5204150e16b0806666c7a24761161585806142a8565b86602001356040516116299392919061450d565b60405180910390a350505050565b335f90815260096020908152604091829020825180840190935280548084526001909101546001600160a01b0316918301919091528061168c5760405163301ed60b60e11b8152336004820152602401610763565b5f6116978289611891565b90505f5f8281526002602052604090205460ff1660038111156116bc576116bc6139f9565b146116dd576040516310882acd60e01b815260048101829052602401610763565b5f82815260046020819052604082209081015490919061170a9084908690600160201b900460ff16612eff565b6040805160c0810182526020808901516001600160a01b039081168084529183018f90528d16828401819052606083018d9052608083018c905260a09092018a90526005840180546001600160a01b03199081169092179055600684018e90556007840180549091169091179055600882018a905560098201899055600a82018890556010840154600d8301805463ffffffff191663ffffffff90921691909117905560048401549051919250859185917f553744cca20cb82b5302396fd2118c170d411b5bb4b69896741e0051db7f10d8916117f29160ff600160201b9091041690614530565b60405180910390a3602080860151604080516001600160a01b0392831681529283018d9052908b1690820152606081018990526080810188905260a08101879052849084906001907f9da80c91624d23ee153965e5b8ea5b6a0c37218066e7854b3415908a0cde79b79060c00160405180910390a4601082015463ffffffff165f03611885576118858382600d01612e3f565b50505050505050505050565b5f828152600860205260408120548082036118c25760405163137b82f160e01b815260048101859052602401610763565b608083901c156118e857604051638f21a56560e01b815260048101849052602401610763565b60801b8217905092915050565b5f60025b5f8381526002602052604090205460ff16600381111561191b5761191b6139f9565b1492915050565b5f61192c816126d7565b610716826002612fd7565b5f611941816126d7565b60015f8481526002602052604090205460ff166003811115611965576119656139f9565b146119865760405163c50f029560e01b815260048101849052602401610763565b6001600160a01b0382166119c85760405163733eb12f60e01b815260206004820152600860248201526737b832b930ba37b960c11b6044820152606401610763565b5f8381526003602052604080822060010180546001600160a01b031981166001600160a01b038781169182179093559251911692839187917f901506523deeb98dda0d6a076103b1fc25112f8643baa1c0d2be356dbaf34ced91a450505050565b5f828152600160205260408120611a40908361318c565b9392505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b7f547b500e425d72fd0723933cceefc203cef652b4736fd04250c3369b3e1a0a73611a99816126d7565b6107168260016126e4565b606060065f8381526020019081526020015f20805480602002602001604051908101604052809291908181526020015f905b82821015611b35575f8481526020908190206040805160608101825260028602909201805483526001908101546001600160a01b03811684860152600160a01b90046001600160401b0316918301919091529083529092019101611ad6565b505050509050919050565b5f8181526001602052604090206060906106fb90613197565b5f60016118f9565b611b69613906565b60015f8381526002602052604090205460ff166003811115611b8d57611b8d6139f9565b14611bae5760405163c50f029560e01b815260048101839052602401610763565b5f82815260036020908152604091829020825160a0810184528154815260018201546001600160a01b03169281019290925282518084018452600282018054939492939285019282908290611c02906141dc565b80601f0160208091040260200160405190810160405280929190818152602001828054611c2e906141dc565b8015611c795780601f10611c5057610100808354040283529160200191611c79565b820191905f5260205f20905b815481529060010190602001808311611c5c57829003601f168201915b50505091835250506001919091015460209182015290825260048301546001600160401b0316828201526005830180546040805182850281018501825282815294019392830182828015610ab057602002820191905f5260205f2090815481526020019060010190808311610a9c575050505050815250509050919050565b60605f5f611d0c600b805490508686612d27565b9092509050611d1b8282614222565b6001600160401b03811115611d3257611d32614235565b604051908082528060200260200182016040528015611d6b57816020015b611d58613710565b815260200190600190039081611d505790505b509250815b818110156111ad5760045f600b8381548110611d8e57611d8e614249565b5f9182526020808320909101548352828101939093526040918201902081516102a081018352815481526001820154938101939093526002808201549284019290925260038101546060840152600481015463ffffffff81166080850152909160a084019160ff600160201b9091041690811115611e0e57611e0e6139f9565b6002811115611e1f57611e1f6139f9565b8152600482015460ff6501000000000082041615156020808401919091526001600160a01b03600160301b9092048216604080850191909152600585015480841660608601526001600160401b03600160a01b9091041660808501526006850154831660a08501526007850154831660c08501526008850154831660e085015260098501548316610100850152600a850154909216610120840152600b840154610140840152600c840180548351818402810184019094528084526101609094019390915f9084015b82821015611f2f575f8481526020908190206040805180820190915260028502909101805482526001908101546001600160a01b0316828401529083529092019101611ee8565b505050508152602001600d8201805480602002602001604051908101604052809291908181526020015f905b82821015611fa2575f8481526020908190206040805180820190915260028502909101805482526001908101546001600160a01b0316828401529083529092019101611f5b565b505050508152602001600e82016040518060400160405290815f82018054611fc9906141dc565b80601f0160208091040260200160405190810160405280929190818152602001828054611ff5906141dc565b80156120405780601f1061201757610100808354040283529160200191612040565b820191905f5260205f20905b81548152906001019060200180831161202357829003601f168201915b50505091835250506001919091015460209182015290825260408051606081018252601085015463ffffffff8082168352600160201b82041682850152600160401b90046001600160401b031681830152838301526011840180548251818502810185018452818152929094019391929091908301828280156120e057602002820191905f5260205f20905b8154815260200190600101908083116120cc575b5050505050815250508484836120f69190614222565b8151811061210657612106614249565b6020908102919091010152600101611d70565b60605f5f61212d600a805490508686612d27565b909250905061213c8282614222565b6001600160401b0381111561215357612153614235565b60405190808252806020026020018201604052801561218c57816020015b612179613906565b8152602001906001900390816121715790505b509250815b818110156111ad5760035f600a83815481106121af576121af614249565b5f91825260208083209091015483528281019390935260409182019020815160a0810183528154815260018201546001600160a01b0316938101939093528151808301835260028201805492938501928290829061220c906141dc565b80601f0160208091040260200160405190810160405280929190818152602001828054612238906141dc565b80156122835780601f1061225a57610100808354040283529160200191612283565b820191905f5260205f20905b81548152906001019060200180831161226657829003601f168201915b50505091835250506001919091015460209182015290825260048301546001600160401b03168282015260058301805460408051828502810185018252828152940193928301828280156122f457602002820191905f5260205f20905b8154815260200190600101908083116122e0575b50505050508152505084848361230a9190614222565b8151811061231a5761231a614249565b6020908102919091010152600101612191565b5f60036118f9565b5f8281526002602052604081205460ff1690816003811115612359576123596139f9565b0361237a576040516310f28d0f60e01b815260048101849052602401610763565b5f600182600381111561238f5761238f6139f9565b146123ea5760028260038111156123a8576123a86139f9565b146123d4575f8481526005602090815260408083206001908101548452600490925290912001546123ec565b5f848152600460205260409020600101546123ec565b835b90506123f85f33611a47565b15801561241e57505f818152600360205260409020600101546001600160a01b03163314155b1561244557604051631c990a7b60e31b815260048101859052336024820152604401610763565b5f600183600381111561245a5761245a6139f9565b146124a2576002836003811115612473576124736139f9565b1461248d575f858152600560205260409020600b016124b3565b5f858152600460205260409020600e016124b3565b5f8581526003602052604090206002015b60018101549091506124c585806142a8565b83916124d2919083614335565b50602085013560018301819055339087907fd88b97d58b8b5bc97b3bd1c7575e98d97748782739afdd24364c3508b6aec45c9084906125118a806142a8565b604051612521949392919061453e565b60405180910390a3505050505050565b5f8181526001602052604081206106fb906131a3565b5f82815260208190526040902060010154612561816126d7565b610d868383612cfc565b5f60025f8381526002602052604090205460ff166003811115612590576125906139f9565b146125b15760405163137b82f160e01b815260048101839052602401610763565b5f82815260046020526040902060038101546125cf57505f92915050565b60038101546004808301546040516379ce87fb60e11b81529182019290925263ffffffff90911660248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f39d0ff690604401602060405180830381865afa15801561264a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a409190614574565b7f547b500e425d72fd0723933cceefc203cef652b4736fd04250c3369b3e1a0a73612698816126d7565b610716826001612fd7565b5f6001600160e01b03198216637965db0b60e01b14806106fb57506301ffc9a760e01b6001600160e01b03198316146106fb565b6126e181336131ac565b50565b81356126ef81612eba565b5f8181526002602052604081205460ff166003811115612711576127116139f9565b146127325760405163155c98a560e01b815260048101829052602401610763565b60016020808501355f9081526002909152604090205460ff16600381111561275c5761275c6139f9565b146127805760405163c50f029560e01b815260208401356004820152602401610763565b5f612792610100850160e086016139c7565b6001600160a01b0316036127d45760405163733eb12f60e01b8152602060048201526008602482015267616c6d50726f787960c01b6044820152606401610763565b5f818152600260208181526040808420805460ff191684179055600482529283902084815590860135600182015591850135908201556060840135600382015561282460a085016080860161458f565b60048201805463ffffffff9290921663ffffffff19831681178255859264ffffffffff191617600160201b836002811115612861576128616139f9565b0217905550600183600281111561287a5761287a6139f9565b1480612891575061289160e0850160c086016145b2565b600482018054911515650100000000000265ff0000000000199092169190911790556128c4610100850160e086016139c7565b6004820180546001600160a01b0392909216600160301b026601000000000000600160d01b0319909216919091179055612906610120850161010086016139c7565b6005820180546001600160a01b0319166001600160a01b039290921691909117905561293a610160850161014086016139c7565b6006820180546001600160a01b0319166001600160a01b039290921691909117905561296e610180850161016086016139c7565b6007820180546001600160a01b0319166001600160a01b03929092169190911790556129a26101a0850161018086016139c7565b6008820180546001600160a01b0319166001600160a01b03929092169190911790556129d66101c085016101a086016139c7565b6009820180546001600160a01b0319166001600160a01b0392909216919091179055612a0a6101e085016101c086016139c7565b600a820180546001600160a01b0319166001600160a01b03929092169190911790556101e0840135600b820155612a456102408501856145cd565b600e8201612a5382826143ee565b505060058101805467ffffffffffffffff60a01b1916600160a01b426001600160401b031602179055612a8e6102808501610260860161458f565b60108201805463ffffffff191663ffffffff92909216919091179055612ac4612abe610100860160e087016139c7565b836131e5565b5f612ad7610120860161010087016139c7565b6001600160a01b031614612afa57612afa612abe610120860161010087016139c7565b5f612b0d610160860161014087016139c7565b6001600160a01b031614612b3057612b30612abe610160860161014087016139c7565b612b4b600c8201612b456102008701876145eb565b8561328c565b612b62612b5c6102008601866145eb565b84613314565b5f5b612b726102208601866145eb565b9050811015612bd457600d8201612b8d6102208701876145eb565b83818110612b9d57612b9d614249565b83546001810185555f9485526020909420604090910292909201926002029091019050612bca828261466f565b5050600101612b64565b506020808501355f81815260038352604080822060050180546001818101835591845285842001879055600b805491820181557f0175b7a638427703f0dbe7bb9bbf987a2551717b34e79f33b5b1008d1fa01db9909101879055548683526008909452902091909155827f0b517c8152b1e65eba9fb52a99123693c36c7916c89fbdcb78c151b29c2f1cb1856060880135612c7560a08a0160808b0161458f565b612c866101008b0160e08c016139c7565b604051612c969493929190614679565b60405180910390a3612cb06102808501610260860161458f565b63ffffffff165f03610d8657610d868282601001612e3f565b5f5f612cd58484613449565b90508015611a40575f848152600160205260409020612cf490846134d8565b509392505050565b5f5f612d0884846134ec565b90508015611a40575f848152600160205260409020612cf49084613555565b5f5f848410612d3a57505f905080612d61565b8383612d468288614222565b10612d5a57612d55848661425d565b612d5c565b855b915091505b935093915050565b5f81815260026020819052604082205460ff1690816003811115612d8f57612d8f6139f9565b03612da95750505f90815260046020526040902060100190565b6003816003811115612dbd57612dbd6139f9565b03612dd75750505f908152600560205260409020600d0190565b6040516310f28d0f60e01b815260048101849052602401610763565b5f62015180612e0461b6d082614222565b612e0e908461425d565b6106fb91906146b1565b5f612e2861b6d062015180614222565b612e3583620151806146d0565b6106fb9190614222565b80546fffffffffffffffff00000000000000001916600160401b426001600160401b03169081029190911780835560408051600160201b90920463ffffffff168252602082019290925283917f8058327a0fe21a15e7211bff9c473ece8397f809cb8764fed8a7aa0094f05cd4910160405180910390a25050565b80612ed8576040516307e5c14160e01b815260040160405180910390fd5b60c081901c5f036126e157604051631da0971360e01b815260048101829052602401610763565b5f838152600260208181526040808420805460ff199081166003179091556005909252909220858155600181810186905581830180549294869491931691908490811115612f4f57612f4f6139f9565b021790555060028101805468ffffffffffffffff001916610100426001600160401b0316021790555f9283526004602090815260408420601101805460018181018355918652918520909101859055600c805491820181559093527fdf6966c971051c3d54ec59162606531493a51404a002842f56009d7e5cf4a8c790920192909255919050565b8135612fe281612eba565b5f8181526002602052604081205460ff166003811115613004576130046139f9565b14613025576040516310882acd60e01b815260048101829052602401610763565b60026020808501355f9081526002909152604090205460ff16600381111561304f5761304f6139f9565b146130735760405163137b82f160e01b815260208401356004820152602401610763565b5f61308382856020013585612eff565b6080850135600382015590505f6130a060e0860160c087016139c7565b6001600160a01b0316146130c35760c08401600582016130c082826146e7565b50505b6130d16101808501856145cd565b600b82016130df82826143ee565b506130f490506101c085016101a0860161458f565b600d8201805463ffffffff191663ffffffff9290921691909117905561312460048201612b4560a08701876145eb565b8360200135827f553744cca20cb82b5302396fd2118c170d411b5bb4b69896741e0051db7f10d8856040516131599190614530565b60405180910390a36131736101c085016101a0860161458f565b63ffffffff165f03610d8657610d868282600d01612e3f565b5f611a408383613569565b60605f611a408361358f565b5f6106fb825490565b6131b68282611a47565b6107165760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610763565b6001600160a01b0382166132275760405163733eb12f60e01b815260206004820152600860248201526718dbdb9d1c9858dd60c21b6044820152606401610763565b6001600160a01b0382165f90815260076020526040902054801561327057604051635ae045f160e01b81526001600160a01b038416600482015260248101829052604401610763565b506001600160a01b039091165f90815260076020526040902055565b5f5b8281101561330d576132c38484838181106132ab576132ab614249565b9050604002016020016020810190612abe91906139c7565b848484838181106132d6576132d6614249565b83546001810185555f9485526020909420604090910292909201926002029091019050613303828261466f565b505060010161328e565b5050505050565b5f80805b848110156133e7576b4e666174466163696c69747960a01b86868381811061334257613342614249565b9050604002015f0135036133815785858281811061336257613362614249565b905060400201602001602081019061337a91906139c7565b92506133df565b6c273330ba2232b0b62a37b5b2b760991b8686838181106133a4576133a4614249565b9050604002015f0135036133df578585828181106133c4576133c4614249565b90506040020160200160208101906133dc91906139c7565b91505b600101613318565b506001600160a01b0382161561330d576040805180820182529384526001600160a01b0391821660208086019182529383165f90815260099094529220925183559051600190920180546001600160a01b031916929091169190911790555050565b5f6134548383611a47565b6134d1575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556134893390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016106fb565b505f6106fb565b5f611a40836001600160a01b0384166135e8565b5f6134f78383611a47565b156134d1575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016106fb565b5f611a40836001600160a01b03841661362d565b5f825f01828154811061357e5761357e614249565b905f5260205f200154905092915050565b6060815f018054806020026020016040519081016040528092919081815260200182805480156135dc57602002820191905f5260205f20905b8154815260200190600101908083116135c8575b50505050509050919050565b5f8181526001830160205260408120546134d157508154600181810184555f8481526020808220909301849055845484825282860190935260409020919091556106fb565b5f8181526001830160205260408120548015613707575f61364f600183614222565b85549091505f9061366290600190614222565b90508082146136c1575f865f01828154811061368057613680614249565b905f5260205f200154905080875f0184815481106136a0576136a0614249565b5f918252602080832090910192909255918252600188019052604090208390555b85548690806136d2576136d2614745565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f9055600193505050506106fb565b5f9150506106fb565b604051806102a001604052805f81526020015f81526020015f81526020015f81526020015f63ffffffff1681526020015f6002811115613752576137526139f9565b81526020015f151581526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f6001600160401b031681526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f815260200160608152602001606081526020016138076040518060400160405280606081526020015f81525090565b8152604080516060810182525f8082526020828101829052928201529101908152602001606081525090565b6040518061012001604052805f81526020015f81526020015f600281111561385d5761385d6139f9565b81526020015f6001600160401b031681526020015f8152602001606081526020016138c36040518060c001604052805f6001600160a01b031681526020015f81526020015f6001600160a01b031681526020015f81526020015f81526020015f81525090565b81526020016138e46040518060400160405280606081526020015f81525090565b8152604080516060810182525f80825260208281018290529282015291015290565b6040518060a001604052805f81526020015f6001600160a01b031681526020016139426040518060400160405280606081526020015f81525090565b81525f6020820152606060409091015290565b5f60208284031215613965575f5ffd5b81356001600160e01b031981168114611a40575f5ffd5b5f6020828403121561398c575f5ffd5b81356001600160401b038111156139a1575f5ffd5b82016102e08185031215611a40575f5ffd5b6001600160a01b03811681146126e1575f5ffd5b5f602082840312156139d7575f5ffd5b8135611a40816139b3565b5f602082840312156139f2575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b60038110613a2957634e487b7160e01b5f52602160045260245ffd5b9052565b5f8151808452602084019350602083015f5b82811015613a7b57613a65868351805182526020908101516001600160a01b0316910152565b6040959095019460209190910190600101613a3f565b5093949350505050565b5f81516040845280518060408601528060208301606087015e5f60608287010152602084015160208601526060601f19601f8301168601019250505092915050565b5f8151808452602084019350602083015f5b82811015613a7b578151865260209586019590910190600101613ad9565b805182526020810151602083015260408101516040830152606081015160608301525f6080820151613b31608085018263ffffffff169052565b5060a0820151613b4460a0850182613a0d565b5060c0820151613b5860c085018215159052565b5060e0820151613b7360e08501826001600160a01b03169052565b50610100820151613b906101008501826001600160a01b03169052565b50610120820151613bad6101208501826001600160401b03169052565b50610140820151613bca6101408501826001600160a01b03169052565b50610160820151613be76101608501826001600160a01b03169052565b50610180820151613c046101808501826001600160a01b03169052565b506101a0820151613c216101a08501826001600160a01b03169052565b506101c0820151613c3e6101c08501826001600160a01b03169052565b506101e08201516101e08401526102008201516102e0610200850152613c686102e0850182613a2d565b9050610220830151848203610220860152613c838282613a2d565b915050610240830151848203610240860152613c9f8282613a85565b915050610260830151613ce261026086018263ffffffff815116825263ffffffff60208201511660208301526001600160401b0360408201511660408301525050565b506102808301518482036102c0860152613cfc8282613ac7565b95945050505050565b602081525f611a406020830184613af7565b80518252602081015160208301525f6040820151613d386040850182613a0d565b506060820151613d5360608501826001600160401b03169052565b506080820151608084015260a082015161020060a0850152613d79610200850182613a2d565b60c08481015180516001600160a01b0390811692880192909252602081015160e088015260408101519091166101008701526060810151610120870152608081015161014087015260a08101516101608701529091505060e0830151848203610180860152613de88282613a85565b610100850151805163ffffffff9081166101a08901526020820151166101c088015260408101516001600160401b03166101e08801529092509050612cf4565b602081525f611a406020830184613d17565b5f5f60408385031215613e4b575f5ffd5b823591506020830135613e5d816139b3565b809150509250929050565b5f5f60408385031215613e79575f5ffd5b50508035926020909101359150565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015613edf57603f19878603018452613eca858351613d17565b94506020938401939190910190600101613eae565b50929695505050505050565b5f60408284031215613efb575f5ffd5b50919050565b5f5f5f60608486031215613f13575f5ffd5b833592506020840135613f25816139b3565b915060408401356001600160401b03811115613f3f575f5ffd5b613f4b86828701613eeb565b9150509250925092565b5f5f5f5f5f60a08688031215613f69575f5ffd5b853594506020860135613f7b816139b3565b94979496505050506040830135926060810135926080909101359150565b5f60208284031215613fa9575f5ffd5b81356001600160401b03811115613fbe575f5ffd5b82016102008185031215611a40575f5ffd5b602080825282518282018190525f918401906040840190835b81811015614032578351805184526020808201516001600160a01b0316818601526040918201516001600160401b03169185019190915290930192606090920191600101613fe9565b509095945050505050565b602080825282518282018190525f918401906040840190835b818110156140325783516001600160a01b0316835260209384019390920191600101614056565b8051825260018060a01b0360208201511660208301525f604082015160a060408501526140ad60a0850182613a85565b90506001600160401b03606084015116606085015260808301518482036080860152613cfc8282613ac7565b602081525f611a40602083018461407d565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015613edf57603f1987860301845261412d858351613af7565b94506020938401939190910190600101614111565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015613edf57603f1987860301845261418485835161407d565b94506020938401939190910190600101614168565b5f5f604083850312156141aa575f5ffd5b8235915060208301356001600160401b038111156141c6575f5ffd5b6141d285828601613eeb565b9150509250929050565b600181811c908216806141f057607f821691505b602082108103613efb57634e487b7160e01b5f52602260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b818103818111156106fb576106fb61420e565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b808201808211156106fb576106fb61420e565b63ffffffff81811683821601908111156106fb576106fb61420e565b63ffffffff82811682821603908111156106fb576106fb61420e565b5f5f8335601e198436030181126142bd575f5ffd5b8301803591506001600160401b038211156142d6575f5ffd5b6020019150368190038213156142ea575f5ffd5b9250929050565b601f821115610e8857805f5260205f20601f840160051c810160208510156143165750805b601f840160051c820191505b8181101561330d575f8155600101614322565b6001600160401b0383111561434c5761434c614235565b6143608361435a83546141dc565b836142f1565b5f601f841160018114614391575f851561437a5750838201355b5f19600387901b1c1916600186901b17835561330d565b5f83815260208120601f198716915b828110156143c057868501358255602094850194600190920191016143a0565b50868210156143dc575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b8135601e19833603018112614401575f5ffd5b820180356001600160401b0381118015614419575f5ffd5b81360360208401131561442a575f5ffd5b5f9050506144428161443c85546141dc565b856142f1565b5f601f821160018114614476575f831561445f5750838201602001355b5f19600385901b1c1916600184901b1785556144d2565b5f85815260208120601f198516915b828110156144a757602085880181013583559485019460019092019101614485565b50848210156144c6575f1960f88660031b161c19602085880101351681555b505060018360011b0185555b5050505060209190910135600190910155565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f6145206040830185876144e5565b9050826020830152949350505050565b602081016106fb8284613a0d565b848152836020820152606060408201525f61455d6060830184866144e5565b9695505050505050565b80151581146126e1575f5ffd5b5f60208284031215614584575f5ffd5b8151611a4081614567565b5f6020828403121561459f575f5ffd5b813563ffffffff81168114611a40575f5ffd5b5f602082840312156145c2575f5ffd5b8135611a4081614567565b5f8235603e198336030181126145e1575f5ffd5b9190910192915050565b5f5f8335601e19843603018112614600575f5ffd5b8301803591506001600160401b03821115614619575f5ffd5b6020019150600681901b36038213156142ea575f5ffd5b80546001600160a01b0319166001600160a01b0392909216919091179055565b813581556020820135614662816139b3565b610e888160018401614630565b6107168282614650565b608081016146878287613a0d565b602082019490945263ffffffff9290921660408301526001600160a01b0316606090910152919050565b5f826146cb57634e487b7160e01b5f52601260045260245ffd5b500490565b80820281158282048414176106fb576106fb61420e565b81356146f2816139b3565b6146fc8183614630565b50602082013560018201556040820135614715816139b3565b6147228160028401614630565b50606082013560038201556080820135600482015560a090910135600590910155565b634e487b7160e01b5f52603160045260245ffd";
