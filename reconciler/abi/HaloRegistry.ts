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
export const haloRegistryBytecode: `0x${string}` = "0x60a060405234801561000f575f5ffd5b5060405161483538038061483583398101604081905261002e91610227565b6001600160a01b0382166100725760405163733eb12f60e01b815260206004820152600560248201526430b236b4b760d91b60448201526064015b60405180910390fd5b6001600160a01b0381166100bc5760405163733eb12f60e01b815260206004820152601060248201526f74656d706c617465526567697374727960801b6044820152606401610069565b6001600160a01b0381166080526100d35f836100db565b505050610258565b5f806100e78484610111565b90508015610108575f84815260016020526040902061010690846101b8565b505b90505b92915050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166101b1575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101693390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161010b565b505f61010b565b5f610108836001600160a01b0384165f8181526001830160205260408120546101b157508154600181810184555f84815260208082209093018490558454848252828601909352604090209190915561010b565b80516001600160a01b0381168114610222575f5ffd5b919050565b5f5f60408385031215610238575f5ffd5b6102418361020c565b915061024f6020840161020c565b90509250929050565b6080516145be6102775f395f818161054001526124eb01526145be5ff3fe608060405234801561000f575f5ffd5b506004361061026b575f3560e01c806391d148541161014b578063ae1b0cd0116100bf578063cb60907711610084578063cb60907714610645578063d547741f1461066c578063e62314021461067f578063eed76ff814610692578063f584fbf6146106a5578063fdef8766146106ad575f5ffd5b8063ae1b0cd0146105e4578063b0db18ad14610604578063b7dc128414610617578063c365aa4f1461061f578063ca15c87314610632575f5ffd5b8063a217fddf11610110578063a217fddf14610562578063a3246ad314610569578063a5b925d214610589578063a6c2af011461059c578063ab996317146105bc578063ade6527f146105c4575f5ffd5b806391d14854146104ce578063968e607e146104e15780639de52eef14610508578063a005293b1461051b578063a0af81f01461053b575f5ffd5b806336568abe116101e257806369774d0c116101a757806369774d0c146104445780636a870679146104575780636caa47071461046a5780636f9af28c1461047d578063823b0827146104905780639010d07c146104a3575f5ffd5b806336568abe146103d05780634519cd57146103e3578063528582f0146103fe57806353c9883d1461041e5780635e3218b014610431575f5ffd5b806323fa6b0c1161023357806323fa6b0c1461032a578063248a9ca31461034a5780632dd310001461036c5780632eb86e8b146103935780632f2ff15d146103aa578063335f4c76146103bd575f5ffd5b806301ffc9a71461026f5780630291a13d1461029757806314afd79e146102ac5780631915c6cb146102e2578063238015701461030a575b5f5ffd5b61028261027d3660046137f0565b6106c3565b60405190151581526020015b60405180910390f35b6102aa6102a5366004613817565b6106ed565b005b6102d46102ba366004613862565b6001600160a01b03165f9081526007602052604090205490565b60405190815260200161028e565b6102d46102f0366004613862565b6001600160a01b03165f9081526009602052604090205490565b61031d61031836600461387d565b610706565b60405161028e9190613ba0565b61033d61033836600461387d565b610aac565b60405161028e9190613cc3565b6102d461035836600461387d565b5f9081526020819052604090206001015490565b6102d47f547b500e425d72fd0723933cceefc203cef652b4736fd04250c3369b3e1a0a7381565b6102d46c273330ba2232b0b62a37b5b2b760991b81565b6102aa6103b8366004613cd5565b610d4e565b6102826103cb366004613862565b610d78565b6102aa6103de366004613cd5565b610e41565b6103eb600181565b60405161ffff909116815260200161028e565b61041161040c366004613d03565b610e79565b60405161028e9190613d23565b6102aa61042c366004613d03565b6111a2565b6102aa61043f366004613d9c565b61133a565b6102aa610452366004613df0565b611525565b6102d4610465366004613d03565b61177f565b61028261047836600461387d565b6117e3565b6102aa61048b366004613e34565b611810565b6102aa61049e366004613cd5565b611825565b6104b66104b1366004613d03565b611917565b6040516001600160a01b03909116815260200161028e565b6102826104dc366004613cd5565b611935565b6102d47f408ebdd15991a158e11bdc330490103683be8be3dcaf3b674806340fa7f8039481565b6102aa610516366004613817565b61195d565b61052e61052936600461387d565b611992565b60405161028e9190613e6b565b6104b67f000000000000000000000000000000000000000000000000000000000000000081565b6102d45f81565b61057c61057736600461387d565b611a2e565b60405161028e9190613ed8565b61028261059736600461387d565b611a47565b6105af6105aa36600461387d565b611a4f565b60405161028e9190613f74565b600b546102d4565b6105d76105d2366004613d03565b611be6565b60405161028e9190613f86565b6105f76105f2366004613d03565b612007565b60405161028e9190613fdd565b61028261061236600461387d565b61221b565b600a546102d4565b6102aa61062d366004614034565b612223565b6102d461064036600461387d565b61241f565b6102d47fd6b769dbdbf190871759edfb79bd17eda0005e1b8c3b6b3f5b480b5604ad501481565b6102aa61067a366004613cd5565b612435565b61028261068d36600461387d565b612459565b6102aa6106a0366004613e34565b61255c565b600c546102d4565b6102d46b4e666174466163696c69747960a01b81565b5f6001600160e01b03198216635a05180f60e01b14806106e757506106e782612591565b92915050565b5f6106f7816125c5565b6107028260026125d2565b5050565b61070e6135ab565b60025f8381526002602052604090205460ff16600381111561073257610732613894565b146107585760405163137b82f160e01b8152600481018390526024015b60405180910390fd5b5f8281526004602081815260409283902083516102a0810185528154815260018201549281019290925260028082015494830194909452600381015460608301529182015463ffffffff81166080830152909260a0840191600160201b900460ff16908111156107ca576107ca613894565b60028111156107db576107db613894565b8152600482015460ff6501000000000082041615156020808401919091526001600160a01b03600160301b9092048216604080850191909152600585015480841660608601526001600160401b03600160a01b9091041660808501526006850154831660a08501526007850154831660c08501526008850154831660e085015260098501548316610100850152600a850154909216610120840152600b840154610140840152600c840180548351818402810184019094528084526101609094019390915f9084015b828210156108eb575f8481526020908190206040805180820190915260028502909101805482526001908101546001600160a01b03168284015290835290920191016108a4565b505050508152602001600d8201805480602002602001604051908101604052809291908181526020015f905b8282101561095e575f8481526020908190206040805180820190915260028502909101805482526001908101546001600160a01b0316828401529083529092019101610917565b505050508152602001600e82016040518060400160405290815f8201805461098590614077565b80601f01602080910402602001604051908101604052809291908181526020018280546109b190614077565b80156109fc5780601f106109d3576101008083540402835291602001916109fc565b820191905f5260205f20905b8154815290600101906020018083116109df57829003601f168201915b50505091835250506001919091015460209182015290825260408051606081018252601085015463ffffffff8082168352600160201b82041682850152600160401b90046001600160401b03168183015283830152601184018054825181850281018501845281815292909401939192909190830182828015610a9c57602002820191905f5260205f20905b815481526020019060010190808311610a88575b5050505050815250509050919050565b610ab46136ce565b60035f8381526002602052604090205460ff166003811115610ad857610ad8613894565b14610af9576040516310f28d0f60e01b81526004810183905260240161074f565b5f8281526005602090815260409182902082516101208101845281548152600182015492810192909252600280820154929391929184019160ff1690811115610b4457610b44613894565b6002811115610b5557610b55613894565b81526020016002820160019054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020016003820154815260200160048201805480602002602001604051908101604052809291908181526020015f905b82821015610bfd575f8481526020908190206040805180820190915260028502909101805482526001908101546001600160a01b0316828401529083529092019101610bb6565b505050908252506040805160c08101825260058401546001600160a01b03908116825260068501546020838101919091526007860154909116828401526008850154606083015260098501546080830152600a85015460a083015283015280518082018252600b840180549290930192909182908290610c7c90614077565b80601f0160208091040260200160405190810160405280929190818152602001828054610ca890614077565b8015610cf35780601f10610cca57610100808354040283529160200191610cf3565b820191905f5260205f20905b815481529060010190602001808311610cd657829003601f168201915b50505091835250506001919091015460209182015290825260408051606081018252600d949094015463ffffffff8082168652600160201b82041685840152600160401b90046001600160401b031690840152015292915050565b5f82815260208190526040902060010154610d68816125c5565b610d728383612bb7565b50505050565b6001600160a01b0381165f9081526007602090815260408083205480845260029283905290832054909160ff90911690816003811115610dba57610dba613894565b03610df75760015f8381526004602081905260409091200154600160201b900460ff166002811115610dee57610dee613894565b14949350505050565b6003816003811115610e0b57610e0b613894565b03610e385760015f83815260056020526040902060029081015460ff1690811115610dee57610dee613894565b505f9392505050565b6001600160a01b0381163314610e6a5760405163334bd91960e11b815260040160405180910390fd5b610e748282612bea565b505050565b60605f5f610e8d600c805490508686612c15565b9092509050610e9c82826140bd565b6001600160401b03811115610eb357610eb36140d0565b604051908082528060200260200182016040528015610eec57816020015b610ed96136ce565b815260200190600190039081610ed15790505b509250815b818110156111995760055f600c8381548110610f0f57610f0f6140e4565b905f5260205f20015481526020019081526020015f20604051806101200160405290815f820154815260200160018201548152602001600282015f9054906101000a900460ff166002811115610f6757610f67613894565b6002811115610f7857610f78613894565b81526020016002820160019054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020016003820154815260200160048201805480602002602001604051908101604052809291908181526020015f905b82821015611020575f8481526020908190206040805180820190915260028502909101805482526001908101546001600160a01b0316828401529083529092019101610fd9565b505050908252506040805160c08101825260058401546001600160a01b03908116825260068501546020838101919091526007860154909116828401526008850154606083015260098501546080830152600a85015460a083015283015280518082018252600b84018054929093019290918290829061109f90614077565b80601f01602080910402602001604051908101604052809291908181526020018280546110cb90614077565b80156111165780601f106110ed57610100808354040283529160200191611116565b820191905f5260205f20905b8154815290600101906020018083116110f957829003601f168201915b50505091835250506001919091015460209182015290825260408051606081018252600d949094015463ffffffff8082168652600160201b82041685840152600160401b90046001600160401b03169084015201528461117685846140bd565b81518110611186576111866140e4565b6020908102919091010152600101610ef1565b50505092915050565b7f408ebdd15991a158e11bdc330490103683be8be3dcaf3b674806340fa7f803946111cc816125c5565b5f6111d684612c57565b8054909150600160401b90046001600160401b03161561120c57604051635c1e118360e01b81526004810185905260240161074f565b5f8481526006602090815260408083208151606081018352878152338185019081526001600160401b03428116948301948552835460018181018655948852958720925160029096029092019485555193820180549351909116600160a01b026001600160e01b03199093166001600160a01b0394909416939093179190911790915582546112ac9163ffffffff600160201b90920491909116906140f8565b825467ffffffff000000001916600160201b63ffffffff8316021783559050336112d7600183614114565b63ffffffff16867f0176fdca776c09051357f280c3aa3c70a984377c5b5cbddd2e924334c3899e9b8760405161130f91815260200190565b60405180910390a4815463ffffffff90811690821610611333576113338583612ce1565b5050505050565b6113647fd6b769dbdbf190871759edfb79bd17eda0005e1b8c3b6b3f5b480b5604ad501433611935565b15801561137857506113765f33611935565b155b1561139757604051628d360160e61b815233600482015260240161074f565b6113a083612d5c565b5f8381526002602052604081205460ff1660038111156113c2576113c2613894565b146113e357604051634707414f60e11b81526004810184905260240161074f565b6001600160a01b0382166114255760405163733eb12f60e01b815260206004820152600860248201526737b832b930ba37b960c11b604482015260640161074f565b5f8381526002602081815260408084208054600160ff199091168117909155600390925290922085815591820180546001600160a01b0319166001600160a01b038616179055829082016114798282614276565b505060048101805467ffffffffffffffff1916426001600160401b0316179055600a80546001810182555f919091527fc65a7bb8d6351c1cf70c95a316cc6a92839c986682d98bc35f958f4883f9d2a8018490556001600160a01b038316847f23b3bf82e0bebe89f344dd5ff532c2eb6baa435d5204150e16b0806666c7a2476115038580614130565b866020013560405161151793929190614395565b60405180910390a350505050565b335f90815260096020908152604091829020825180840190935280548084526001909101546001600160a01b0316918301919091528061157a5760405163301ed60b60e11b815233600482015260240161074f565b5f611585828961177f565b90505f5f8281526002602052604090205460ff1660038111156115aa576115aa613894565b146115cb576040516310882acd60e01b81526004810182905260240161074f565b5f8281526004602081905260408220908101549091906115f89084908690600160201b900460ff16612da1565b6040805160c0810182526020808901516001600160a01b039081168084529183018f90528d16828401819052606083018d9052608083018c905260a09092018a90526005840180546001600160a01b03199081169092179055600684018e90556007840180549091169091179055600882018a905560098201899055600a82018890556010840154600d8301805463ffffffff191663ffffffff90921691909117905560048401549051919250859185917f553744cca20cb82b5302396fd2118c170d411b5bb4b69896741e0051db7f10d8916116e09160ff600160201b90910416906143b8565b60405180910390a3602080860151604080516001600160a01b0392831681529283018d9052908b1690820152606081018990526080810188905260a08101879052849084906001907f9da80c91624d23ee153965e5b8ea5b6a0c37218066e7854b3415908a0cde79b79060c00160405180910390a4601082015463ffffffff165f03611773576117738382600d01612ce1565b50505050505050505050565b5f828152600860205260408120548082036117b05760405163137b82f160e01b81526004810185905260240161074f565b608083901c156117d657604051638f21a56560e01b81526004810184905260240161074f565b60801b8217905092915050565b5f60025b5f8381526002602052604090205460ff16600381111561180957611809613894565b1492915050565b5f61181a816125c5565b610702826002612e79565b5f61182f816125c5565b60015f8481526002602052604090205460ff16600381111561185357611853613894565b146118745760405163c50f029560e01b81526004810184905260240161074f565b6001600160a01b0382166118b65760405163733eb12f60e01b815260206004820152600860248201526737b832b930ba37b960c11b604482015260640161074f565b5f8381526003602052604080822060010180546001600160a01b031981166001600160a01b038781169182179093559251911692839187917f901506523deeb98dda0d6a076103b1fc25112f8643baa1c0d2be356dbaf34ced91a450505050565b5f82815260016020526040812061192e908361302e565b9392505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b7f547b500e425d72fd0723933cceefc203cef652b4736fd04250c3369b3e1a0a73611987816125c5565b6107028260016125d2565b606060065f8381526020019081526020015f20805480602002602001604051908101604052809291908181526020015f905b82821015611a23575f8481526020908190206040805160608101825260028602909201805483526001908101546001600160a01b03811684860152600160a01b90046001600160401b03169183019190915290835290920191016119c4565b505050509050919050565b5f8181526001602052604090206060906106e790613039565b5f60016117e7565b611a576137a1565b60015f8381526002602052604090205460ff166003811115611a7b57611a7b613894565b14611a9c5760405163c50f029560e01b81526004810183905260240161074f565b5f82815260036020908152604091829020825160a0810184528154815260018201546001600160a01b03169281019290925282518084018452600282018054939492939285019282908290611af090614077565b80601f0160208091040260200160405190810160405280929190818152602001828054611b1c90614077565b8015611b675780601f10611b3e57610100808354040283529160200191611b67565b820191905f5260205f20905b815481529060010190602001808311611b4a57829003601f168201915b50505091835250506001919091015460209182015290825260048301546001600160401b0316828201526005830180546040805182850281018501825282815294019392830182828015610a9c57602002820191905f5260205f2090815481526020019060010190808311610a88575050505050815250509050919050565b60605f5f611bfa600b805490508686612c15565b9092509050611c0982826140bd565b6001600160401b03811115611c2057611c206140d0565b604051908082528060200260200182016040528015611c5957816020015b611c466135ab565b815260200190600190039081611c3e5790505b509250815b818110156111995760045f600b8381548110611c7c57611c7c6140e4565b5f9182526020808320909101548352828101939093526040918201902081516102a081018352815481526001820154938101939093526002808201549284019290925260038101546060840152600481015463ffffffff81166080850152909160a084019160ff600160201b9091041690811115611cfc57611cfc613894565b6002811115611d0d57611d0d613894565b8152600482015460ff6501000000000082041615156020808401919091526001600160a01b03600160301b9092048216604080850191909152600585015480841660608601526001600160401b03600160a01b9091041660808501526006850154831660a08501526007850154831660c08501526008850154831660e085015260098501548316610100850152600a850154909216610120840152600b840154610140840152600c840180548351818402810184019094528084526101609094019390915f9084015b82821015611e1d575f8481526020908190206040805180820190915260028502909101805482526001908101546001600160a01b0316828401529083529092019101611dd6565b505050508152602001600d8201805480602002602001604051908101604052809291908181526020015f905b82821015611e90575f8481526020908190206040805180820190915260028502909101805482526001908101546001600160a01b0316828401529083529092019101611e49565b505050508152602001600e82016040518060400160405290815f82018054611eb790614077565b80601f0160208091040260200160405190810160405280929190818152602001828054611ee390614077565b8015611f2e5780601f10611f0557610100808354040283529160200191611f2e565b820191905f5260205f20905b815481529060010190602001808311611f1157829003601f168201915b50505091835250506001919091015460209182015290825260408051606081018252601085015463ffffffff8082168352600160201b82041682850152600160401b90046001600160401b03168183015283830152601184018054825181850281018501845281815292909401939192909190830182828015611fce57602002820191905f5260205f20905b815481526020019060010190808311611fba575b505050505081525050848483611fe491906140bd565b81518110611ff457611ff46140e4565b6020908102919091010152600101611c5e565b60605f5f61201b600a805490508686612c15565b909250905061202a82826140bd565b6001600160401b03811115612041576120416140d0565b60405190808252806020026020018201604052801561207a57816020015b6120676137a1565b81526020019060019003908161205f5790505b509250815b818110156111995760035f600a838154811061209d5761209d6140e4565b5f91825260208083209091015483528281019390935260409182019020815160a0810183528154815260018201546001600160a01b031693810193909352815180830183526002820180549293850192829082906120fa90614077565b80601f016020809104026020016040519081016040528092919081815260200182805461212690614077565b80156121715780601f1061214857610100808354040283529160200191612171565b820191905f5260205f20905b81548152906001019060200180831161215457829003601f168201915b50505091835250506001919091015460209182015290825260048301546001600160401b03168282015260058301805460408051828502810185018252828152940193928301828280156121e257602002820191905f5260205f20905b8154815260200190600101908083116121ce575b5050505050815250508484836121f891906140bd565b81518110612208576122086140e4565b602090810291909101015260010161207f565b5f60036117e7565b5f8281526002602052604081205460ff169081600381111561224757612247613894565b03612268576040516310f28d0f60e01b81526004810184905260240161074f565b5f600182600381111561227d5761227d613894565b146122d857600282600381111561229657612296613894565b146122c2575f8481526005602090815260408083206001908101548452600490925290912001546122da565b5f848152600460205260409020600101546122da565b835b90506122e65f33611935565b15801561230c57505f818152600360205260409020600101546001600160a01b03163314155b1561233357604051631c990a7b60e31b81526004810185905233602482015260440161074f565b5f600183600381111561234857612348613894565b1461239057600283600381111561236157612361613894565b1461237b575f858152600560205260409020600b016123a1565b5f858152600460205260409020600e016123a1565b5f8581526003602052604090206002015b60018101549091506123b38580614130565b83916123c09190836141bd565b50602085013560018301819055339087907fd88b97d58b8b5bc97b3bd1c7575e98d97748782739afdd24364c3508b6aec45c9084906123ff8a80614130565b60405161240f94939291906143c6565b60405180910390a3505050505050565b5f8181526001602052604081206106e790613045565b5f8281526020819052604090206001015461244f816125c5565b610d728383612bea565b5f60025f8381526002602052604090205460ff16600381111561247e5761247e613894565b1461249f5760405163137b82f160e01b81526004810183905260240161074f565b5f82815260046020526040902060038101546124bd57505f92915050565b60038101546004808301546040516379ce87fb60e11b81529182019290925263ffffffff90911660248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f39d0ff690604401602060405180830381865afa158015612538573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061192e91906143fc565b7f547b500e425d72fd0723933cceefc203cef652b4736fd04250c3369b3e1a0a73612586816125c5565b610702826001612e79565b5f6001600160e01b03198216637965db0b60e01b14806106e757506301ffc9a760e01b6001600160e01b03198316146106e7565b6125cf813361304e565b50565b81356125dd81612d5c565b5f8181526002602052604081205460ff1660038111156125ff576125ff613894565b146126205760405163155c98a560e01b81526004810182905260240161074f565b60016020808501355f9081526002909152604090205460ff16600381111561264a5761264a613894565b1461266e5760405163c50f029560e01b81526020840135600482015260240161074f565b5f612680610100850160e08601613862565b6001600160a01b0316036126c25760405163733eb12f60e01b8152602060048201526008602482015267616c6d50726f787960c01b604482015260640161074f565b5f818152600260208181526040808420805460ff191684179055600482529283902084815590860135600182015591850135908201556060840135600382015561271260a0850160808601614417565b60048201805463ffffffff9290921663ffffffff19831681178255859264ffffffffff191617600160201b83600281111561274f5761274f613894565b0217905550600183600281111561276857612768613894565b148061277f575061277f60e0850160c0860161443a565b600482018054911515650100000000000265ff0000000000199092169190911790556127b2610100850160e08601613862565b6004820180546001600160a01b0392909216600160301b026601000000000000600160d01b03199092169190911790556127f461012085016101008601613862565b6005820180546001600160a01b0319166001600160a01b039290921691909117905561282861016085016101408601613862565b6006820180546001600160a01b0319166001600160a01b039290921691909117905561285c61018085016101608601613862565b6007820180546001600160a01b0319166001600160a01b03929092169190911790556128906101a085016101808601613862565b6008820180546001600160a01b0319166001600160a01b03929092169190911790556128c46101c085016101a08601613862565b6009820180546001600160a01b0319166001600160a01b03929092169190911790556128f86101e085016101c08601613862565b600a820180546001600160a01b0319166001600160a01b03929092169190911790556101e0840135600b820155612933610240850185614455565b600e82016129418282614276565b505060058101805467ffffffffffffffff60a01b1916600160a01b426001600160401b03160217905561297c61028085016102608601614417565b60108201805463ffffffff191663ffffffff929092169190911790556129b26129ac610100860160e08701613862565b83613087565b5f6129c561012086016101008701613862565b6001600160a01b0316146129e8576129e86129ac61012086016101008701613862565b5f6129fb61016086016101408701613862565b6001600160a01b031614612a1e57612a1e6129ac61016086016101408701613862565b612a39600c8201612a33610200870187614473565b8561312e565b612a50612a4a610200860186614473565b846131af565b5f5b612a60610220860186614473565b9050811015612ac257600d8201612a7b610220870187614473565b83818110612a8b57612a8b6140e4565b83546001810185555f9485526020909420604090910292909201926002029091019050612ab882826144f7565b5050600101612a52565b506020808501355f81815260038352604080822060050180546001818101835591845285842001879055600b805491820181557f0175b7a638427703f0dbe7bb9bbf987a2551717b34e79f33b5b1008d1fa01db9909101879055548683526008909452902091909155827f0b517c8152b1e65eba9fb52a99123693c36c7916c89fbdcb78c151b29c2f1cb1856060880135612b6360a08a0160808b01614417565b612b746101008b0160e08c01613862565b604051612b849493929190614501565b60405180910390a3612b9e61028085016102608601614417565b63ffffffff165f03610d7257610d728282601001612ce1565b5f5f612bc384846132e4565b9050801561192e575f848152600160205260409020612be29084613373565b509392505050565b5f5f612bf68484613387565b9050801561192e575f848152600160205260409020612be290846133f0565b5f5f848410612c2857505f905080612c4f565b8383612c3482886140bd565b10612c4857612c438486614539565b612c4a565b855b915091505b935093915050565b5f81815260026020819052604082205460ff1690816003811115612c7d57612c7d613894565b03612c975750505f90815260046020526040902060100190565b6003816003811115612cab57612cab613894565b03612cc55750505f908152600560205260409020600d0190565b6040516310f28d0f60e01b81526004810184905260240161074f565b80546fffffffffffffffff00000000000000001916600160401b426001600160401b03169081029190911780835560408051600160201b90920463ffffffff168252602082019290925283917f8058327a0fe21a15e7211bff9c473ece8397f809cb8764fed8a7aa0094f05cd4910160405180910390a25050565b80612d7a576040516307e5c14160e01b815260040160405180910390fd5b60c081901c5f036125cf57604051631da0971360e01b81526004810182905260240161074f565b5f838152600260208181526040808420805460ff199081166003179091556005909252909220858155600181810186905581830180549294869491931691908490811115612df157612df1613894565b021790555060028101805468ffffffffffffffff001916610100426001600160401b0316021790555f9283526004602090815260408420601101805460018181018355918652918520909101859055600c805491820181559093527fdf6966c971051c3d54ec59162606531493a51404a002842f56009d7e5cf4a8c790920192909255919050565b8135612e8481612d5c565b5f8181526002602052604081205460ff166003811115612ea657612ea6613894565b14612ec7576040516310882acd60e01b81526004810182905260240161074f565b60026020808501355f9081526002909152604090205460ff166003811115612ef157612ef1613894565b14612f155760405163137b82f160e01b81526020840135600482015260240161074f565b5f612f2582856020013585612da1565b6080850135600382015590505f612f4260e0860160c08701613862565b6001600160a01b031614612f655760c0840160058201612f62828261454c565b50505b612f73610180850185614455565b600b8201612f818282614276565b50612f9690506101c085016101a08601614417565b600d8201805463ffffffff191663ffffffff92909216919091179055612fc660048201612a3360a0870187614473565b8360200135827f553744cca20cb82b5302396fd2118c170d411b5bb4b69896741e0051db7f10d885604051612ffb91906143b8565b60405180910390a36130156101c085016101a08601614417565b63ffffffff165f03610d7257610d728282600d01612ce1565b5f61192e8383613404565b60605f61192e8361342a565b5f6106e7825490565b6130588282611935565b6107025760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161074f565b6001600160a01b0382166130c95760405163733eb12f60e01b815260206004820152600860248201526718dbdb9d1c9858dd60c21b604482015260640161074f565b6001600160a01b0382165f90815260076020526040902054801561311257604051635ae045f160e01b81526001600160a01b03841660048201526024810182905260440161074f565b506001600160a01b039091165f90815260076020526040902055565b5f5b828110156113335761316584848381811061314d5761314d6140e4565b90506040020160200160208101906129ac9190613862565b84848483818110613178576131786140e4565b83546001810185555f94855260209094206040909102929092019260020290910190506131a582826144f7565b5050600101613130565b5f80805b84811015613282576b4e666174466163696c69747960a01b8686838181106131dd576131dd6140e4565b9050604002015f01350361321c578585828181106131fd576131fd6140e4565b90506040020160200160208101906132159190613862565b925061327a565b6c273330ba2232b0b62a37b5b2b760991b86868381811061323f5761323f6140e4565b9050604002015f01350361327a5785858281811061325f5761325f6140e4565b90506040020160200160208101906132779190613862565b91505b6001016131b3565b506001600160a01b03821615611333576040805180820182529384526001600160a01b0391821660208086019182529383165f90815260099094529220925183559051600190920180546001600160a01b031916929091169190911790555050565b5f6132ef8383611935565b61336c575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556133243390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016106e7565b505f6106e7565b5f61192e836001600160a01b038416613483565b5f6133928383611935565b1561336c575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016106e7565b5f61192e836001600160a01b0384166134c8565b5f825f018281548110613419576134196140e4565b905f5260205f200154905092915050565b6060815f0180548060200260200160405190810160405280929190818152602001828054801561347757602002820191905f5260205f20905b815481526020019060010190808311613463575b50505050509050919050565b5f81815260018301602052604081205461336c57508154600181810184555f8481526020808220909301849055845484825282860190935260409020919091556106e7565b5f81815260018301602052604081205480156135a2575f6134ea6001836140bd565b85549091505f906134fd906001906140bd565b905080821461355c575f865f01828154811061351b5761351b6140e4565b905f5260205f200154905080875f01848154811061353b5761353b6140e4565b5f918252602080832090910192909255918252600188019052604090208390555b855486908061356d5761356d6145aa565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f9055600193505050506106e7565b5f9150506106e7565b604051806102a001604052805f81526020015f81526020015f81526020015f81526020015f63ffffffff1681526020015f60028111156135ed576135ed613894565b81526020015f151581526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f6001600160401b031681526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f815260200160608152602001606081526020016136a26040518060400160405280606081526020015f81525090565b8152604080516060810182525f8082526020828101829052928201529101908152602001606081525090565b6040518061012001604052805f81526020015f81526020015f60028111156136f8576136f8613894565b81526020015f6001600160401b031681526020015f81526020016060815260200161375e6040518060c001604052805f6001600160a01b031681526020015f81526020015f6001600160a01b031681526020015f81526020015f81526020015f81525090565b815260200161377f6040518060400160405280606081526020015f81525090565b8152604080516060810182525f80825260208281018290529282015291015290565b6040518060a001604052805f81526020015f6001600160a01b031681526020016137dd6040518060400160405280606081526020015f81525090565b81525f6020820152606060409091015290565b5f60208284031215613800575f5ffd5b81356001600160e01b03198116811461192e575f5ffd5b5f60208284031215613827575f5ffd5b81356001600160401b0381111561383c575f5ffd5b82016102e0818503121561192e575f5ffd5b6001600160a01b03811681146125cf575f5ffd5b5f60208284031215613872575f5ffd5b813561192e8161384e565b5f6020828403121561388d575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b600381106138c457634e487b7160e01b5f52602160045260245ffd5b9052565b5f8151808452602084019350602083015f5b8281101561391657613900868351805182526020908101516001600160a01b0316910152565b60409590950194602091909101906001016138da565b5093949350505050565b5f81516040845280518060408601528060208301606087015e5f60608287010152602084015160208601526060601f19601f8301168601019250505092915050565b5f8151808452602084019350602083015f5b82811015613916578151865260209586019590910190600101613974565b805182526020810151602083015260408101516040830152606081015160608301525f60808201516139cc608085018263ffffffff169052565b5060a08201516139df60a08501826138a8565b5060c08201516139f360c085018215159052565b5060e0820151613a0e60e08501826001600160a01b03169052565b50610100820151613a2b6101008501826001600160a01b03169052565b50610120820151613a486101208501826001600160401b03169052565b50610140820151613a656101408501826001600160a01b03169052565b50610160820151613a826101608501826001600160a01b03169052565b50610180820151613a9f6101808501826001600160a01b03169052565b506101a0820151613abc6101a08501826001600160a01b03169052565b506101c0820151613ad96101c08501826001600160a01b03169052565b506101e08201516101e08401526102008201516102e0610200850152613b036102e08501826138c8565b9050610220830151848203610220860152613b1e82826138c8565b915050610240830151848203610240860152613b3a8282613920565b915050610260830151613b7d61026086018263ffffffff815116825263ffffffff60208201511660208301526001600160401b0360408201511660408301525050565b506102808301518482036102c0860152613b978282613962565b95945050505050565b602081525f61192e6020830184613992565b80518252602081015160208301525f6040820151613bd360408501826138a8565b506060820151613bee60608501826001600160401b03169052565b506080820151608084015260a082015161020060a0850152613c146102008501826138c8565b60c08481015180516001600160a01b0390811692880192909252602081015160e088015260408101519091166101008701526060810151610120870152608081015161014087015260a08101516101608701529091505060e0830151848203610180860152613c838282613920565b610100850151805163ffffffff9081166101a08901526020820151166101c088015260408101516001600160401b03166101e08801529092509050612be2565b602081525f61192e6020830184613bb2565b5f5f60408385031215613ce6575f5ffd5b823591506020830135613cf88161384e565b809150509250929050565b5f5f60408385031215613d14575f5ffd5b50508035926020909101359150565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015613d7a57603f19878603018452613d65858351613bb2565b94506020938401939190910190600101613d49565b50929695505050505050565b5f60408284031215613d96575f5ffd5b50919050565b5f5f5f60608486031215613dae575f5ffd5b833592506020840135613dc08161384e565b915060408401356001600160401b03811115613dda575f5ffd5b613de686828701613d86565b9150509250925092565b5f5f5f5f5f60a08688031215613e04575f5ffd5b853594506020860135613e168161384e565b94979496505050506040830135926060810135926080909101359150565b5f60208284031215613e44575f5ffd5b81356001600160401b03811115613e59575f5ffd5b8201610200818503121561192e575f5ffd5b602080825282518282018190525f918401906040840190835b81811015613ecd578351805184526020808201516001600160a01b0316818601526040918201516001600160401b03169185019190915290930192606090920191600101613e84565b509095945050505050565b602080825282518282018190525f918401906040840190835b81811015613ecd5783516001600160a01b0316835260209384019390920191600101613ef1565b8051825260018060a01b0360208201511660208301525f604082015160a06040850152613f4860a0850182613920565b90506001600160401b03606084015116606085015260808301518482036080860152613b978282613962565b602081525f61192e6020830184613f18565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015613d7a57603f19878603018452613fc8858351613992565b94506020938401939190910190600101613fac565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015613d7a57603f1987860301845261401f858351613f18565b94506020938401939190910190600101614003565b5f5f60408385031215614045575f5ffd5b8235915060208301356001600160401b03811115614061575f5ffd5b61406d85828601613d86565b9150509250929050565b600181811c9082168061408b57607f821691505b602082108103613d9657634e487b7160e01b5f52602260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b818103818111156106e7576106e76140a9565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b63ffffffff81811683821601908111156106e7576106e76140a9565b63ffffffff82811682821603908111156106e7576106e76140a9565b5f5f8335601e19843603018112614145575f5ffd5b8301803591506001600160401b0382111561415e575f5ffd5b602001915036819003821315614172575f5ffd5b9250929050565b601f821115610e7457805f5260205f20601f840160051c8101602085101561419e5750805b601f840160051c820191505b81811015611333575f81556001016141aa565b6001600160401b038311156141d4576141d46140d0565b6141e8836141e28354614077565b83614179565b5f601f841160018114614219575f85156142025750838201355b5f19600387901b1c1916600186901b178355611333565b5f83815260208120601f198716915b828110156142485786850135825560209485019460019092019101614228565b5086821015614264575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b8135601e19833603018112614289575f5ffd5b820180356001600160401b03811180156142a1575f5ffd5b8136036020840113156142b2575f5ffd5b5f9050506142ca816142c48554614077565b85614179565b5f601f8211600181146142fe575f83156142e75750838201602001355b5f19600385901b1c1916600184901b17855561435a565b5f85815260208120601f198516915b8281101561432f5760208588018101358355948501946001909201910161430d565b508482101561434e575f1960f88660031b161c19602085880101351681555b505060018360011b0185555b5050505060209190910135600190910155565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f6143a860408301858761436d565b9050826020830152949350505050565b602081016106e782846138a8565b848152836020820152606060408201525f6143e560608301848661436d565b9695505050505050565b80151581146125cf575f5ffd5b5f6020828403121561440c575f5ffd5b815161192e816143ef565b5f60208284031215614427575f5ffd5b813563ffffffff8116811461192e575f5ffd5b5f6020828403121561444a575f5ffd5b813561192e816143ef565b5f8235603e19833603018112614469575f5ffd5b9190910192915050565b5f5f8335601e19843603018112614488575f5ffd5b8301803591506001600160401b038211156144a1575f5ffd5b6020019150600681901b3603821315614172575f5ffd5b80546001600160a01b0319166001600160a01b0392909216919091179055565b8135815560208201356144ea8161384e565b610e7481600184016144b8565b61070282826144d8565b6080810161450f82876138a8565b602082019490945263ffffffff9290921660408301526001600160a01b0316606090910152919050565b808201808211156106e7576106e76140a9565b81356145578161384e565b61456181836144b8565b5060208201356001820155604082013561457a8161384e565b61458781600284016144b8565b50606082013560038201556080820135600482015560a090910135600590910155565b634e487b7160e01b5f52603160045260245ffd";
