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
export const haloRegistryBytecode: `0x${string}` = "0x60a060405234801561000f575f5ffd5b5060405161521e38038061521e83398101604081905261002e91610227565b6001600160a01b0382166100725760405163733eb12f60e01b815260206004820152600560248201526430b236b4b760d91b60448201526064015b60405180910390fd5b6001600160a01b0381166100bc5760405163733eb12f60e01b815260206004820152601060248201526f74656d706c617465526567697374727960801b6044820152606401610069565b6001600160a01b0381166080526100d35f836100db565b505050610258565b5f806100e78484610111565b90508015610108575f84815260016020526040902061010690846101b8565b505b90505b92915050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166101b1575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101693390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161010b565b505f61010b565b5f610108836001600160a01b0384165f8181526001830160205260408120546101b157508154600181810184555f84815260208082209093018490558454848252828601909352604090209190915561010b565b80516001600160a01b0381168114610222575f5ffd5b919050565b5f5f60408385031215610238575f5ffd5b6102418361020c565b915061024f6020840161020c565b90509250929050565b608051614fa76102775f395f818161053f0152611b1f0152614fa75ff3fe608060405234801561000f575f5ffd5b5060043610610276575f3560e01c80639010d07c11610156578063ade6527f116100ca578063cb60907711610084578063cb60907714610644578063d547741f1461066b578063e62314021461067e578063eed76ff814610691578063f584fbf6146106a4578063fdef8766146106ac575f5ffd5b8063ade6527f146105c3578063ae1b0cd0146105e3578063b0db18ad14610603578063b7dc128414610616578063c365aa4f1461061e578063ca15c87314610631575f5ffd5b8063a0af81f01161011b578063a0af81f01461053a578063a217fddf14610561578063a3246ad314610568578063a5b925d214610588578063a6c2af011461059b578063ab996317146105bb575f5ffd5b80639010d07c146104a257806391d14854146104cd578063968e607e146104e05780639de52eef14610507578063a005293b1461051a575f5ffd5b8063335f4c76116101ed5780635e3218b0116101b25780635e3218b01461043057806369774d0c146104435780636a870679146104565780636caa4707146104695780636f9af28c1461047c578063823b08271461048f575f5ffd5b8063335f4c76146103bc57806336568abe146103cf5780634519cd57146103e2578063528582f0146103fd57806353c9883d1461041d575f5ffd5b8063238015701161023e578063238015701461030957806323fa6b0c14610329578063248a9ca3146103495780632dd310001461036b5780632eb86e8b146103925780632f2ff15d146103a9575f5ffd5b806301ffc9a71461027a5780630291a13d146102a257806314afd79e146102b75780631915c6cb146102ed5780631b1eb9e114610300575b5f5ffd5b61028d61028836600461391e565b6106c2565b60405190151581526020015b60405180910390f35b6102b56102b0366004613945565b6106ec565b005b6102df6102c5366004613990565b6001600160a01b03165f9081526007602052604090205490565b604051908152602001610299565b6102df6102fb366004613990565b610705565b6102df61b6d081565b61031c6103173660046139ab565b610767565b6040516102999190613cce565b61033c6103373660046139ab565b6107c2565b6040516102999190613df4565b6102df6103573660046139ab565b5f9081526020819052604090206001015490565b6102df7f547b500e425d72fd0723933cceefc203cef652b4736fd04250c3369b3e1a0a7381565b6102df6c273330ba2232b0b62a37b5b2b760991b81565b6102b56103b7366004613e06565b610818565b61028d6103ca366004613990565b610842565b6102b56103dd366004613e06565b61090a565b6103ea600181565b60405161ffff9091168152602001610299565b61041061040b366004613e34565b610942565b6040516102999190613e54565b6102b561042b366004613e34565b610a1d565b6102b561043e366004613ec7565b610cb5565b6102b5610451366004613f1b565b610ea0565b6102df610464366004613e34565b611062565b61028d6104773660046139ab565b6110d6565b6102b561048a366004613f5f565b611103565b6102b561049d366004613e06565b611118565b6104b56104b0366004613e34565b61120a565b6040516001600160a01b039091168152602001610299565b61028d6104db366004613e06565b611221565b6102df7f408ebdd15991a158e11bdc330490103683be8be3dcaf3b674806340fa7f8039481565b6102b5610515366004613945565b611249565b61052d6105283660046139ab565b61127e565b6040516102999190613f96565b6104b57f000000000000000000000000000000000000000000000000000000000000000081565b6102df5f81565b61057b6105763660046139ab565b61131a565b6040516102999190614003565b61028d6105963660046139ab565b611333565b6105ae6105a93660046139ab565b61133b565b604051610299919061409f565b600a546102df565b6105d66105d1366004613e34565b6114d4565b60405161029991906140b1565b6105f66105f1366004613e34565b6115a6565b6040516102999190614108565b61028d6106113660046139ab565b6117ba565b6009546102df565b6102b561062c36600461415f565b6117c2565b6102df61063f3660046139ab565b611a4b565b6102df7fd6b769dbdbf190871759edfb79bd17eda0005e1b8c3b6b3f5b480b5604ad501481565b6102b5610679366004613e06565b611a61565b61028d61068c3660046139ab565b611a85565b6102b561069f366004613f5f565b611b88565b600b546102df565b6102df6b4e666174466163696c69747960a01b81565b5f6001600160e01b03198216635a05180f60e01b14806106e657506106e682611bbd565b92915050565b5f6106f681611bf1565b610701826002611bfe565b5050565b6001600160a01b0381165f90815260086020526040812054600160a01b90046001600160401b0316801561075e57600a6107406001836141b6565b81548110610750576107506141c9565b905f5260205f200154610760565b5f5b9392505050565b61076f613688565b60025f8381526002602052604090205460ff166003811115610793576107936139c2565b146107b95760405163137b82f160e01b8152600481018390526024015b60405180910390fd5b6106e682612216565b6107ca6137ab565b60035f8381526002602052604090205460ff1660038111156107ee576107ee6139c2565b1461080f576040516310f28d0f60e01b8152600481018390526024016107b0565b6106e6826124d0565b5f8281526020819052604090206001015461083281611bf1565b61083c8383612799565b50505050565b6001600160a01b0381165f9081526007602090815260408083205480845260029283905290832054909160ff90911690816003811115610884576108846139c2565b036108bd5760015f83815260046020526040902054600160a01b900460ff1660028111156108b4576108b46139c2565b14949350505050565b60038160038111156108d1576108d16139c2565b036109015760015f83815260056020526040902054600160a01b900460ff1660028111156108b4576108b46139c2565b505f9392505050565b6001600160a01b03811633146109335760405163334bd91960e11b815260040160405180910390fd5b61093d82826127cc565b505050565b60605f5f610956600b8054905086866127f7565b909250905061096582826141b6565b6001600160401b0381111561097c5761097c6141dd565b6040519080825280602002602001820160405280156109b557816020015b6109a26137ab565b81526020019060019003908161099a5790505b509250815b81811015610a14576109e6600b82815481106109d8576109d86141c9565b905f5260205f2001546124d0565b846109f185846141b6565b81518110610a0157610a016141c9565b60209081029190910101526001016109ba565b50505092915050565b7f408ebdd15991a158e11bdc330490103683be8be3dcaf3b674806340fa7f80394610a4781611bf1565b5f610a5184612839565b8054909150600160401b90046001600160401b031615610a8757604051635c1e118360e01b8152600481018590526024016107b0565b5f84815260066020526040812090610a9e426128c3565b825490915015801590610afc575080610afa8360018580549050610ac291906141b6565b81548110610ad257610ad26141c9565b5f918252602090912060029091020160010154600160a01b90046001600160401b03166128c3565b145b15610b8e57815486908390610b13906001906141b6565b81548110610b2357610b236141c9565b905f5260205f20906002020160010160149054906101000a90046001600160401b0316610b5b836001610b5691906141f1565b6128e8565b6040516327db934f60e01b815260048101939093526001600160401b0391821660248401521660448201526064016107b0565b604080516060810182528681523360208083019182526001600160401b034281169484019485528654600181810189555f89815293842095516002909202909501908155925192840180549551909116600160a01b026001600160e01b03199095166001600160a01b0393909316929092179390931790558454610c249163ffffffff6401000000009092049190911690614204565b845467ffffffff00000000191664010000000063ffffffff831602178555905033610c50600183614220565b63ffffffff16887f0176fdca776c09051357f280c3aa3c70a984377c5b5cbddd2e924334c3899e9b89604051610c8891815260200190565b60405180910390a4835463ffffffff90811690821610610cac57610cac878561290f565b50505050505050565b610cdf7fd6b769dbdbf190871759edfb79bd17eda0005e1b8c3b6b3f5b480b5604ad501433611221565b158015610cf35750610cf15f33611221565b155b15610d1257604051628d360160e61b81523360048201526024016107b0565b610d1b8361298b565b5f8381526002602052604081205460ff166003811115610d3d57610d3d6139c2565b14610d5e57604051634707414f60e11b8152600481018490526024016107b0565b6001600160a01b038216610da05760405163733eb12f60e01b815260206004820152600860248201526737b832b930ba37b960c11b60448201526064016107b0565b5f8381526002602081815260408084208054600160ff199091168117909155600390925290922085815591820180546001600160a01b0319166001600160a01b03861617905582908201610df482826143b4565b505060048101805467ffffffffffffffff1916426001600160401b0316179055600980546001810182555f919091527f6e1540171b6c0c960b71a7020d9f60077f6af931a8bbf590da0223dacf75c7af018490556001600160a01b038316847f23b3bf82e0bebe89f344dd5ff532c2eb6baa435d5204150e16b0806666c7a247610e7e858061423c565b8660200135604051610e92939291906144d3565b60405180910390a350505050565b335f9081526008602090815260408083208151808301909252546001600160a01b0381168252600160a01b90046001600160401b031691810182905291819003610eff5760405163301ed60b60e11b81523360048201526024016107b0565b608087901c15610f2557604051638f21a56560e01b8152600481018890526024016107b0565b608081901b87175f8181526002602052604081205460ff166003811115610f4e57610f4e6139c2565b14610f6f576040516310882acd60e01b8152600481018290526024016107b0565b5f600a610f7d6001856141b6565b81548110610f8d57610f8d6141c9565b905f5260205f20015490505f610fcd838360405180608001604052808d6001600160a01b031681526020018c81526020018b81526020018a8152506129d0565b8551604080516001600160a01b039283168152602081018e9052918c1682820152606082018b9052608082018a905260a0820189905251919250839185916001917f9da80c91624d23ee153965e5b8ea5b6a0c37218066e7854b3415908a0cde79b79181900360c00190a4600181015463ffffffff165f0361105657611056838260010161290f565b50505050505050505050565b5f82815260046020526040812054600160b01b90046001600160401b03168082036110a35760405163137b82f160e01b8152600481018590526024016107b0565b608083901c156110c957604051638f21a56560e01b8152600481018490526024016107b0565b60801b8217905092915050565b5f60025b5f8381526002602052604090205460ff1660038111156110fc576110fc6139c2565b1492915050565b5f61110d81611bf1565b610701826002612ac2565b5f61112281611bf1565b60015f8481526002602052604090205460ff166003811115611146576111466139c2565b146111675760405163c50f029560e01b8152600481018490526024016107b0565b6001600160a01b0382166111a95760405163733eb12f60e01b815260206004820152600860248201526737b832b930ba37b960c11b60448201526064016107b0565b5f8381526003602052604080822060010180546001600160a01b031981166001600160a01b038781169182179093559251911692839187917f901506523deeb98dda0d6a076103b1fc25112f8643baa1c0d2be356dbaf34ced91a450505050565b5f8281526001602052604081206107609083612dc4565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b7f547b500e425d72fd0723933cceefc203cef652b4736fd04250c3369b3e1a0a7361127381611bf1565b610701826001611bfe565b606060065f8381526020019081526020015f20805480602002602001604051908101604052809291908181526020015f905b8282101561130f575f8481526020908190206040805160608101825260028602909201805483526001908101546001600160a01b03811684860152600160a01b90046001600160401b03169183019190915290835290920191016112b0565b505050509050919050565b5f8181526001602052604090206060906106e690612dcf565b5f60016110da565b61134361383d565b60015f8381526002602052604090205460ff166003811115611367576113676139c2565b146113885760405163c50f029560e01b8152600481018390526024016107b0565b5f82815260036020908152604091829020825160a0810184528154815260018201546001600160a01b031692810192909252825180840184526002820180549394929392850192829082906113dc90614285565b80601f016020809104026020016040519081016040528092919081815260200182805461140890614285565b80156114535780601f1061142a57610100808354040283529160200191611453565b820191905f5260205f20905b81548152906001019060200180831161143657829003601f168201915b50505091835250506001919091015460209182015290825260048301546001600160401b03168282015260058301805460408051828502810185018252828152940193928301828280156114c457602002820191905f5260205f20905b8154815260200190600101908083116114b0575b5050505050815250509050919050565b60605f5f6114e8600a8054905086866127f7565b90925090506114f782826141b6565b6001600160401b0381111561150e5761150e6141dd565b60405190808252806020026020018201604052801561154757816020015b611534613688565b81526020019060019003908161152c5790505b509250815b81811015610a1457611578600a828154811061156a5761156a6141c9565b905f5260205f200154612216565b8461158385846141b6565b81518110611593576115936141c9565b602090810291909101015260010161154c565b60605f5f6115ba60098054905086866127f7565b90925090506115c982826141b6565b6001600160401b038111156115e0576115e06141dd565b60405190808252806020026020018201604052801561161957816020015b61160661383d565b8152602001906001900390816115fe5790505b509250815b81811015610a145760035f6009838154811061163c5761163c6141c9565b5f91825260208083209091015483528281019390935260409182019020815160a0810183528154815260018201546001600160a01b0316938101939093528151808301835260028201805492938501928290829061169990614285565b80601f01602080910402602001604051908101604052809291908181526020018280546116c590614285565b80156117105780601f106116e757610100808354040283529160200191611710565b820191905f5260205f20905b8154815290600101906020018083116116f357829003601f168201915b50505091835250506001919091015460209182015290825260048301546001600160401b031682820152600583018054604080518285028101850182528281529401939283018282801561178157602002820191905f5260205f20905b81548152602001906001019080831161176d575b50505050508152505084848361179791906141b6565b815181106117a7576117a76141c9565b602090810291909101015260010161161e565b5f60036110da565b5f8281526002602052604081205460ff16908160038111156117e6576117e66139c2565b03611807576040516310f28d0f60e01b8152600481018490526024016107b0565b5f600182600381111561181c5761181c6139c2565b14611857576118516002836003811115611838576118386139c2565b1461184b5761184685612ddb565b612e38565b84612e38565b51611859565b835b90506118655f33611221565b15801561188b57505f818152600360205260409020600101546001600160a01b03163314155b156118b257604051631c990a7b60e31b8152600481018590523360248201526044016107b0565b5f8060018460038111156118c8576118c86139c2565b036118ec5750505f84815260036020819052604090912090810154906002016119d5565b6002846003811115611900576119006139c2565b0361195f57505f8581526004602052604090208054600382019190600160a81b900460ff166119405761193287612e38565b610200015160200151611946565b81600101545b815460ff60a81b1916600160a81b1790915591506119d5565b505f8581526005602052604090208054600682019190600160a81b900460ff166119ba5780546001600160a01b0316156119b45780546119a7906001600160a01b0316612f06565b60a00151602001516119c0565b5f6119c0565b81600101545b815460ff60a81b1916600160a81b1790915591505b6119df858061423c565b82916119ec9190836142fb565b50602085013560018201819055339087907fd88b97d58b8b5bc97b3bd1c7575e98d97748782739afdd24364c3508b6aec45c908590611a2b8a8061423c565b604051611a3b94939291906144f6565b60405180910390a3505050505050565b5f8181526001602052604081206106e690612f2a565b5f82815260208190526040902060010154611a7b81611bf1565b61083c83836127cc565b5f60025f8381526002602052604090205460ff166003811115611aaa57611aaa6139c2565b14611acb5760405163137b82f160e01b8152600481018390526024016107b0565b5f611ad583612e38565b6040810151909150611ae957505f92915050565b604080820151606083015191516379ce87fb60e11b8152600481019190915263ffffffff90911660248201526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063f39d0ff690604401602060405180830381865afa158015611b64573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610760919061453c565b7f547b500e425d72fd0723933cceefc203cef652b4736fd04250c3369b3e1a0a73611bb281611bf1565b610701826001612ac2565b5f6001600160e01b03198216637965db0b60e01b14806106e657506301ffc9a760e01b6001600160e01b03198316146106e6565b611bfb8133612f33565b50565b8135611c098161298b565b5f8181526002602052604081205460ff166003811115611c2b57611c2b6139c2565b14611c4c5760405163155c98a560e01b8152600481018290526024016107b0565b60016020808501355f9081526002909152604090205460ff166003811115611c7657611c766139c2565b14611c9a5760405163c50f029560e01b8152602084013560048201526024016107b0565b5f611cac610100850160e08601613990565b6001600160a01b031603611cee5760405163733eb12f60e01b8152602060048201526008602482015267616c6d50726f787960c01b60448201526064016107b0565b5f818152600260208190526040909120805460ff19169091179055611d23611d1d610100850160e08601613990565b82612f6c565b5f611d3661012085016101008601613990565b6001600160a01b031614611d5957611d59611d1d61012085016101008601613990565b5f611d6c61016085016101408601613990565b6001600160a01b031614611d8f57611d8f611d1d61016085016101408601613990565b5f5b611d9f610200850185614557565b9050811015611def57611de7611db9610200860186614557565b83818110611dc957611dc96141c9565b9050604002016020016020810190611de19190613990565b83612f6c565b600101611d91565b50600a80546001810182555f8290527fc65a7bb8d6351c1cf70c95a316cc6a92839c986682d98bc35f958f4883f9d2a80182905554611e3b611e35610200860186614557565b83613013565b6020808501355f81815260038352604080822060050180546001810182559083528483200186905585825260048452908190208151610220810183529283528188013593830193909352606080880135918301919091526120e491908101611ea960a0890160808a016145ad565b63ffffffff1681526020016001876002811115611ec857611ec86139c2565b1480611edf5750611edf60e0890160c08a016145c8565b151581526001600160401b0342166020820152604001611f06610100890160e08a01613990565b6001600160a01b03168152602001611f2661012089016101008a01613990565b6001600160a01b03168152602001611f4661016089016101408a01613990565b6001600160a01b03168152602001611f6661018089016101608a01613990565b6001600160a01b03168152602001611f866101a089016101808a01613990565b6001600160a01b03168152602001611fa66101c089016101a08a01613990565b6001600160a01b03168152602001611fc66101e089016101c08a01613990565b6001600160a01b031681526101e08801356020820152604001611fed610200890189614557565b808060200260200160405190810160405280939291908181526020015f905b8282101561203857612029604083028601368190038101906146b7565b8152602001906001019061200c565b5050509183525050602001612051610220890189614557565b808060200260200160405190810160405280939291908181526020015f905b8282101561209c5761208d604083028601368190038101906146b7565b81526020019060010190612070565b50505091835250506020016120b56102408901896146d1565b6120be90614715565b90526040516120d0919060200161479f565b604051602081830303815290604052613158565b81546001600160a01b031981166001600160a01b03929092169182178355859183916001600160a81b03191617600160a01b836002811115612128576121286139c2565b0217905550805467ffffffffffffffff60b01b1916600160b01b6001600160401b03841602178155612162610280860161026087016145ad565b60018201805463ffffffff191663ffffffff929092169190911790556020850135837f0b517c8152b1e65eba9fb52a99123693c36c7916c89fbdcb78c151b29c2f1cb18660608901356121bb60a08b0160808c016145ad565b6121cc6101008c0160e08d01613990565b6040516121dc9493929190614900565b60405180910390a36121f6610280860161026087016145ad565b63ffffffff165f0361220f5761220f838260010161290f565b5050505050565b61221e613688565b5f8281526004602052604081209061223584612e38565b848452805160208086019190915281015160408086019190915281015160608086019190915281015163ffffffff166080850152825490915060a0840190600160a01b900460ff16600281111561228e5761228e6139c2565b908160028111156122a1576122a16139c2565b9052506080810151151560c0848101919091528101516001600160a01b0390811660e08086019190915282015181166101008086019190915260a08301516001600160401b0316610120808701919091529083015182166101408087019190915290830151821661016080870191909152908301518216610180808701919091529083015182166101a080870191909152908301519091166101c080860191909152908201516101e080860191909152908201516102008501528101516102208401528154600160a81b900460ff1661237f57806102000151612428565b816003016040518060400160405290815f8201805461239d90614285565b80601f01602080910402602001604051908101604052809291908181526020018280546123c990614285565b80156124145780601f106123eb57610100808354040283529160200191612414565b820191905f5260205f20905b8154815290600101906020018083116123f757829003601f168201915b505050505081526020016001820154815250505b61024084015260408051606081018252600184015463ffffffff8082168352640100000000820416602080840191909152600160401b9091046001600160401b03168284015261026086019190915260028401805483518184028101840190945280845290918301828280156124bb57602002820191905f5260205f20905b8154815260200190600101908083116124a7575b50505050508361028001819052505050919050565b6124d86137ab565b5f828152600560205260409081902083835280549091830190600160a01b900460ff16600281111561250c5761250c6139c2565b9081600281111561251f5761251f6139c2565b90525060408051606081018252600183015463ffffffff80821683526401000000008204166020830152600160401b90046001600160401b03169181019190915261010083015280546001600160a01b0316156126045780545f9061258c906001600160a01b0316612f06565b80516020808601919091528101516001600160401b031660608086019190915260408201516080808701919091529082015160a086015281015151909150156125f65780608001515f815181106125e5576125e56141c9565b60200260200101518360c001819052505b60a0015160e08301526126d2565b608083901c600a6126166001836141b6565b81548110612626576126266141c9565b5f91825260209182902001549084019081528254600160b01b90046001600160401b031660608501526040805160c081019091529051600284019190819061267b9061267190612e38565b6101c001516131ef565b6001600160a01b0390811682526fffffffffffffffffffffffffffffffff881660208301528354166040820152600183015460608201526002830154608082015260039092015460a09092019190915260c0840152505b8054600160a81b900460ff161561279357806006016040518060400160405290815f8201805461270190614285565b80601f016020809104026020016040519081016040528092919081815260200182805461272d90614285565b80156127785780601f1061274f57610100808354040283529160200191612778565b820191905f5260205f20905b81548152906001019060200180831161275b57829003601f168201915b50505091835250506001919091015460209091015260e08301525b50919050565b5f5f6127a58484613257565b90508015610760575f8481526001602052604090206127c490846132e6565b509392505050565b5f5f6127d884846132fa565b90508015610760575f8481526001602052604090206127c49084613363565b5f5f84841061280a57505f905080612831565b838361281682886141b6565b1061282a5761282584866141f1565b61282c565b855b915091505b935093915050565b5f81815260026020819052604082205460ff169081600381111561285f5761285f6139c2565b036128795750505f90815260046020526040902060010190565b600381600381111561288d5761288d6139c2565b036128a75750505f90815260056020526040902060010190565b6040516310f28d0f60e01b8152600481018490526024016107b0565b5f620151806128d461b6d0826141b6565b6128de90846141f1565b6106e69190614938565b5f6128f861b6d0620151806141b6565b6129058362015180614957565b6106e691906141b6565b80546fffffffffffffffff00000000000000001916600160401b426001600160401b0316908102919091178083556040805164010000000090920463ffffffff168252602082019290925283917f8058327a0fe21a15e7211bff9c473ece8397f809cb8764fed8a7aa0094f05cd4910160405180910390a25050565b806129a9576040516307e5c14160e01b815260040160405180910390fd5b60c081901c5f03611bfb57604051631da0971360e01b8152600481018290526024016107b0565b5f8281526004602052604081208054600160a01b900460ff166129f586868386613377565b805467ffffffffffffffff60b01b1916600160b01b426001600160401b03160217815584516002820180546001600160a01b0319166001600160a01b0390921691909117905560208501516003820155604080860151600483015560608601516005830155600184810154908301805463ffffffff90921663ffffffff1990921691909117905551909350859087907f553744cca20cb82b5302396fd2118c170d411b5bb4b69896741e0051db7f10d890612ab190859061496e565b60405180910390a350509392505050565b8135612acd8161298b565b5f8181526002602052604081205460ff166003811115612aef57612aef6139c2565b14612b10576040516310882acd60e01b8152600481018290526024016107b0565b60026020808501355f9081526002909152604090205460ff166003811115612b3a57612b3a6139c2565b14612b5e5760405163137b82f160e01b8152602084013560048201526024016107b0565b5f5b612b6d60a0850185614557565b9050811015612b8e57612b86611db960a0860186614557565b600101612b60565b505f80612ba160e0860160c08701613990565b6001600160a01b031614612bb6576001612bb8565b5f5b60ff166001600160401b03811115612bd257612bd26141dd565b604051908082528060200260200182016040528015612c0b57816020015b612bf861388c565b815260200190600190039081612bf05790505b50905080515f14612c4657612c2836859003850160c0860161497c565b815f81518110612c3a57612c3a6141c9565b60200260200101819052505b5f612d0e6040518060c0016040528087602001358152602001426001600160401b0316815260200187608001358152602001878060a00190612c889190614557565b808060200260200160405190810160405280939291908181526020015f905b82821015612cd357612cc4604083028601368190038101906146b7565b81526020019060010190612ca7565b505050918352505060208101859052604001612cf36101808901896146d1565b612cfc90614715565b90526040516120d091906020016149e7565b90505f612d218487602001358785613377565b9050612d356101c087016101a088016145ad565b60018201805463ffffffff191663ffffffff9290921691909117905560405160208701359085907f553744cca20cb82b5302396fd2118c170d411b5bb4b69896741e0051db7f10d890612d8990899061496e565b60405180910390a3612da36101c087016101a088016145ad565b63ffffffff165f03612dbc57612dbc848260010161290f565b505050505050565b5f6107608383613445565b60605f6107608361346b565b5f818152600560205260408120546001600160a01b03168015612e0757612e0181612f06565b51610760565b600a612e186001608086901c6141b6565b81548110612e2857612e286141c9565b905f5260205f2001549392505050565b612ed360408051610220810182525f808252602080830182905282840182905260608084018390526080840183905260a0840183905260c0840183905260e08401839052610100840183905261012084018390526101408401839052610160840183905261018084018390526101a084018390526101c084018190526101e08401819052845180860190955284528301529061020082015290565b5f82815260046020526040902054612ef3906001600160a01b03166134c4565b8060200190518101906106e69190614c03565b612f0e6138ce565b612f17826134c4565b8060200190518101906106e69190614e5f565b5f6106e6825490565b612f3d8282611221565b6107015760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016107b0565b6001600160a01b038216612fae5760405163733eb12f60e01b815260206004820152600860248201526718dbdb9d1c9858dd60c21b60448201526064016107b0565b6001600160a01b0382165f908152600760205260409020548015612ff757604051635ae045f160e01b81526001600160a01b0384166004820152602481018290526044016107b0565b506001600160a01b039091165f90815260076020526040902055565b5f80805b848110156130e6576b4e666174466163696c69747960a01b868683818110613041576130416141c9565b9050604002015f01350361308057858582818110613061576130616141c9565b90506040020160200160208101906130799190613990565b92506130de565b6c273330ba2232b0b62a37b5b2b760991b8686838181106130a3576130a36141c9565b9050604002015f0135036130de578585828181106130c3576130c36141c9565b90506040020160200160208101906130db9190613990565b91505b600101613017565b506001600160a01b0382161561220f576040805180820182526001600160a01b0392831681526001600160401b0394851660208083019182529484165f90815260089095529190932092518354915192166001600160e01b031990911617600160a01b91909316029190911790555050565b5f5f8251600161316891906141f1565b905061600081111561319257825160405163278b998360e21b81526004016107b091815260200190565b5f81846040516020016131a6929190614f42565b60405160208183030381529060405290508051602082015ff092506001600160a01b0383166131e8576040516385924b9760e01b815260040160405180910390fd5b5050919050565b5f805b8251811015612793576c273330ba2232b0b62a37b5b2b760991b83828151811061321e5761321e6141c9565b60200260200101515f01510361324f57828181518110613240576132406141c9565b60200260200101516020015191505b6001016131f2565b5f6132628383611221565b6132df575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556132973390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016106e6565b505f6106e6565b5f610760836001600160a01b038416613560565b5f6133058383611221565b156132df575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016106e6565b5f610760836001600160a01b0384166135a5565b5f848152600260208181526040808420805460ff19166003179055600590915290912080546001600160a01b031981166001600160a01b03851690811783559192859284926001600160a81b0319161790600160a01b9084908111156133df576133df6139c2565b02179055505f9384526004602090815260408520600201805460018181018355918752918620909101869055600b805491820181559094527f0175b7a638427703f0dbe7bb9bbf987a2551717b34e79f33b5b1008d1fa01db99093019390935550919050565b5f825f01828154811061345a5761345a6141c9565b905f5260205f200154905092915050565b6060815f018054806020026020016040519081016040528092919081815260200182805480156134b857602002820191905f5260205f20905b8154815260200190600101908083116134a4575b50505050509050919050565b60606001600160a01b0382163b5f8190036134fd57604051630f28217760e01b81526001600160a01b03841660048201526024016107b0565b5f6135096001836141b6565b9050806001600160401b03811115613523576135236141dd565b6040519080825280601f01601f19166020018201604052801561354d576020820181803683370190505b50925080600160208501863c5050919050565b5f8181526001830160205260408120546132df57508154600181810184555f8481526020808220909301849055845484825282860190935260409020919091556106e6565b5f818152600183016020526040812054801561367f575f6135c76001836141b6565b85549091505f906135da906001906141b6565b9050808214613639575f865f0182815481106135f8576135f86141c9565b905f5260205f200154905080875f018481548110613618576136186141c9565b5f918252602080832090910192909255918252600188019052604090208390555b855486908061364a5761364a614f93565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f9055600193505050506106e6565b5f9150506106e6565b604051806102a001604052805f81526020015f81526020015f81526020015f81526020015f63ffffffff1681526020015f60028111156136ca576136ca6139c2565b81526020015f151581526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f6001600160401b031681526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f8152602001606081526020016060815260200161377f6040518060400160405280606081526020015f81525090565b8152604080516060810182525f8082526020828101829052928201529101908152602001606081525090565b6040518061012001604052805f81526020015f81526020015f60028111156137d5576137d56139c2565b81525f6020820181905260408201526060808201526080016137f561388c565b81526020016138166040518060400160405280606081526020015f81525090565b8152604080516060810182525f80825260208281018290529282015291015290565b905290565b6040518060a001604052805f81526020015f6001600160a01b031681526020016138796040518060400160405280606081526020015f81525090565b81525f6020820152606060409091015290565b6040518060c001604052805f6001600160a01b031681526020015f81526020015f6001600160a01b031681526020015f81526020015f81526020015f81525090565b6040518060c001604052805f81526020015f6001600160401b031681526020015f815260200160608152602001606081526020016138386040518060400160405280606081526020015f81525090565b5f6020828403121561392e575f5ffd5b81356001600160e01b031981168114610760575f5ffd5b5f60208284031215613955575f5ffd5b81356001600160401b0381111561396a575f5ffd5b82016102e08185031215610760575f5ffd5b6001600160a01b0381168114611bfb575f5ffd5b5f602082840312156139a0575f5ffd5b81356107608161397c565b5f602082840312156139bb575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b600381106139f257634e487b7160e01b5f52602160045260245ffd5b9052565b5f8151808452602084019350602083015f5b82811015613a4457613a2e868351805182526020908101516001600160a01b0316910152565b6040959095019460209190910190600101613a08565b5093949350505050565b5f81516040845280518060408601528060208301606087015e5f60608287010152602084015160208601526060601f19601f8301168601019250505092915050565b5f8151808452602084019350602083015f5b82811015613a44578151865260209586019590910190600101613aa2565b805182526020810151602083015260408101516040830152606081015160608301525f6080820151613afa608085018263ffffffff169052565b5060a0820151613b0d60a08501826139d6565b5060c0820151613b2160c085018215159052565b5060e0820151613b3c60e08501826001600160a01b03169052565b50610100820151613b596101008501826001600160a01b03169052565b50610120820151613b766101208501826001600160401b03169052565b50610140820151613b936101408501826001600160a01b03169052565b50610160820151613bb06101608501826001600160a01b03169052565b50610180820151613bcd6101808501826001600160a01b03169052565b506101a0820151613bea6101a08501826001600160a01b03169052565b506101c0820151613c076101c08501826001600160a01b03169052565b506101e08201516101e08401526102008201516102e0610200850152613c316102e08501826139f6565b9050610220830151848203610220860152613c4c82826139f6565b915050610240830151848203610240860152613c688282613a4e565b915050610260830151613cab61026086018263ffffffff815116825263ffffffff60208201511660208301526001600160401b0360408201511660408301525050565b506102808301518482036102c0860152613cc58282613a90565b95945050505050565b602081525f6107606020830184613ac0565b80516001600160a01b0390811683526020808301519084015260408083015190911690830152606080820151908301526080808201519083015260a090810151910152565b80518252602081015160208301525f6040820151613d4660408501826139d6565b506060820151613d6160608501826001600160401b03169052565b506080820151608084015260a082015161020060a0850152613d876102008501826139f6565b905060c0830151613d9b60c0860182613ce0565b5060e0830151848203610180860152613db48282613a4e565b610100850151805163ffffffff9081166101a08901526020820151166101c088015260408101516001600160401b03166101e088015290925090506127c4565b602081525f6107606020830184613d25565b5f5f60408385031215613e17575f5ffd5b823591506020830135613e298161397c565b809150509250929050565b5f5f60408385031215613e45575f5ffd5b50508035926020909101359150565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015613eab57603f19878603018452613e96858351613d25565b94506020938401939190910190600101613e7a565b50929695505050505050565b5f60408284031215612793575f5ffd5b5f5f5f60608486031215613ed9575f5ffd5b833592506020840135613eeb8161397c565b915060408401356001600160401b03811115613f05575f5ffd5b613f1186828701613eb7565b9150509250925092565b5f5f5f5f5f60a08688031215613f2f575f5ffd5b853594506020860135613f418161397c565b94979496505050506040830135926060810135926080909101359150565b5f60208284031215613f6f575f5ffd5b81356001600160401b03811115613f84575f5ffd5b82016102008185031215610760575f5ffd5b602080825282518282018190525f918401906040840190835b81811015613ff8578351805184526020808201516001600160a01b0316818601526040918201516001600160401b03169185019190915290930192606090920191600101613faf565b509095945050505050565b602080825282518282018190525f918401906040840190835b81811015613ff85783516001600160a01b031683526020938401939092019160010161401c565b8051825260018060a01b0360208201511660208301525f604082015160a0604085015261407360a0850182613a4e565b90506001600160401b03606084015116606085015260808301518482036080860152613cc58282613a90565b602081525f6107606020830184614043565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015613eab57603f198786030184526140f3858351613ac0565b945060209384019391909101906001016140d7565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015613eab57603f1987860301845261414a858351614043565b9450602093840193919091019060010161412e565b5f5f60408385031215614170575f5ffd5b8235915060208301356001600160401b0381111561418c575f5ffd5b61419885828601613eb7565b9150509250929050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156106e6576106e66141a2565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b808201808211156106e6576106e66141a2565b63ffffffff81811683821601908111156106e6576106e66141a2565b63ffffffff82811682821603908111156106e6576106e66141a2565b5f5f8335601e19843603018112614251575f5ffd5b8301803591506001600160401b0382111561426a575f5ffd5b60200191503681900382131561427e575f5ffd5b9250929050565b600181811c9082168061429957607f821691505b60208210810361279357634e487b7160e01b5f52602260045260245ffd5b601f82111561093d57805f5260205f20601f840160051c810160208510156142dc5750805b601f840160051c820191505b8181101561220f575f81556001016142e8565b6001600160401b03831115614312576143126141dd565b614326836143208354614285565b836142b7565b5f601f841160018114614357575f85156143405750838201355b5f19600387901b1c1916600186901b17835561220f565b5f83815260208120601f198716915b828110156143865786850135825560209485019460019092019101614366565b50868210156143a2575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b8135601e198336030181126143c7575f5ffd5b820180356001600160401b03811180156143df575f5ffd5b8136036020840113156143f0575f5ffd5b5f905050614408816144028554614285565b856142b7565b5f601f82116001811461443c575f83156144255750838201602001355b5f19600385901b1c1916600184901b178555614498565b5f85815260208120601f198516915b8281101561446d5760208588018101358355948501946001909201910161444b565b508482101561448c575f1960f88660031b161c19602085880101351681555b505060018360011b0185555b5050505060209190910135600190910155565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f6144e66040830185876144ab565b9050826020830152949350505050565b848152836020820152606060408201525f6145156060830184866144ab565b9695505050505050565b8015158114611bfb575f5ffd5b80516145378161451f565b919050565b5f6020828403121561454c575f5ffd5b81516107608161451f565b5f5f8335601e1984360301811261456c575f5ffd5b8301803591506001600160401b03821115614585575f5ffd5b6020019150600681901b360382131561427e575f5ffd5b63ffffffff81168114611bfb575f5ffd5b5f602082840312156145bd575f5ffd5b81356107608161459c565b5f602082840312156145d8575f5ffd5b81356107608161451f565b604080519081016001600160401b0381118282101715614605576146056141dd565b60405290565b60405160c081016001600160401b0381118282101715614605576146056141dd565b60405161022081016001600160401b0381118282101715614605576146056141dd565b604051601f8201601f191681016001600160401b0381118282101715614678576146786141dd565b604052919050565b5f60408284031215614690575f5ffd5b6146986145e3565b82358152905060208201356146ac8161397c565b602082015292915050565b5f604082840312156146c7575f5ffd5b6107608383614680565b5f8235603e198336030181126146e5575f5ffd5b9190910192915050565b5f6001600160401b03821115614707576147076141dd565b50601f01601f191660200190565b5f60408236031215614725575f5ffd5b61472d6145e3565b82356001600160401b03811115614742575f5ffd5b830136601f820112614752575f5ffd5b8035614765614760826146ef565b614650565b818152366020838501011115614779575f5ffd5b816020840160208301375f60209282018301528352938401359382019390935292915050565b602081528151602082015260208201516040820152604082015160608201525f60608301516147d6608084018263ffffffff169052565b50608083015180151560a08401525060a08301516001600160401b03811660c08401525060c08301516001600160a01b03811660e08401525060e08301516001600160a01b038116610100840152506101008301516001600160a01b038116610120840152506101208301516001600160a01b038116610140840152506101408301516001600160a01b038116610160840152506101608301516001600160a01b038116610180840152506101808301516001600160a01b0381166101a0840152506101a08301516101c08301526101c08301516102206101e08401526148c16102408401826139f6565b90506101e0840151601f19848303016102008501526148e082826139f6565b915050610200840151601f1984830301610220850152613cc58282613a4e565b6080810161490e82876139d6565b602082019490945263ffffffff9290921660408301526001600160a01b0316606090910152919050565b5f8261495257634e487b7160e01b5f52601260045260245ffd5b500490565b80820281158282048414176106e6576106e66141a2565b602081016106e682846139d6565b5f60c082840312801561498d575f5ffd5b5061499661460b565b82356149a18161397c565b81526020838101359082015260408301356149bb8161397c565b6040820152606083810135908201526080808401359082015260a0928301359281019290925250919050565b60208152815160208201526001600160401b036020830151166040820152604082015160608201525f606083015160c06080840152614a2960e08401826139f6565b6080850151848203601f190160a08601528051808352602091820193505f9291909101905b80831015614a7857614a61828551613ce0565b60c082019150602084019350600183019250614a4e565b5060a0860151858203601f190160c087015292506145158184613a4e565b80516145378161459c565b80516001600160401b0381168114614537575f5ffd5b80516145378161397c565b5f6001600160401b03821115614ada57614ada6141dd565b5060051b60200190565b5f82601f830112614af3575f5ffd5b8151602083015f614b0661476084614ac2565b83815260069390931b82019290506020810186841115614b24575f5ffd5b83831015614b72575f60408489031215614b3c575f5ffd5b614b446145e3565b845181526020850151909150614b598161397c565b6020828101919091529082526040939093019201614b24565b5095945050505050565b5f60408284031215614b8c575f5ffd5b614b946145e3565b905081516001600160401b03811115614bab575f5ffd5b8201601f81018413614bbb575f5ffd5b8051614bc9614760826146ef565b818152856020838501011115614bdd575f5ffd5b8160208401602083015e5f60209282018301528352928301519282019290925292915050565b5f60208284031215614c13575f5ffd5b81516001600160401b03811115614c28575f5ffd5b82016102208185031215614c3a575f5ffd5b614c4261462d565b815181526020808301519082015260408083015190820152614c6660608301614a96565b6060820152614c776080830161452c565b6080820152614c8860a08301614aa1565b60a0820152614c9960c08301614ab7565b60c0820152614caa60e08301614ab7565b60e0820152614cbc6101008301614ab7565b610100820152614ccf6101208301614ab7565b610120820152614ce26101408301614ab7565b610140820152614cf56101608301614ab7565b610160820152614d086101808301614ab7565b6101808201526101a082810151908201526101c08201516001600160401b03811115614d32575f5ffd5b614d3e86828501614ae4565b6101c0830152506101e08201516001600160401b03811115614d5e575f5ffd5b614d6a86828501614ae4565b6101e0830152506102008201516001600160401b03811115614d8a575f5ffd5b614d9686828501614b7c565b61020083015250949350505050565b5f82601f830112614db4575f5ffd5b8151614dc261476082614ac2565b80828252602082019150602060c08402860101925085831115614de3575f5ffd5b602085015b83811015614b725760c08188031215614dff575f5ffd5b614e0761460b565b8151614e128161397c565b8152602082810151908201526040820151614e2c8161397c565b6040820152606082810151908201526080808301519082015260a08083015190820152835260209092019160c001614de8565b5f60208284031215614e6f575f5ffd5b81516001600160401b03811115614e84575f5ffd5b820160c08185031215614e95575f5ffd5b614e9d61460b565b81518152614ead60208301614aa1565b60208201526040828101519082015260608201516001600160401b03811115614ed4575f5ffd5b614ee086828501614ae4565b60608301525060808201516001600160401b03811115614efe575f5ffd5b614f0a86828501614da5565b60808301525060a08201516001600160401b03811115614f28575f5ffd5b614f3486828501614b7c565b60a083015250949350505050565b606160f81b815260f083901b6001600160f01b03191660018201526880600c6000396000f360b81b60038201525f600c820181905282518060208501600d85015e5f9201600d019182525092915050565b634e487b7160e01b5f52603160045260245ffd";
