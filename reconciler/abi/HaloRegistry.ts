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
export const haloRegistryBytecode: `0x${string}` = "0x60a060405234801561000f575f5ffd5b5060405161508338038061508383398101604081905261002e91610227565b6001600160a01b0382166100725760405163733eb12f60e01b815260206004820152600560248201526430b236b4b760d91b60448201526064015b60405180910390fd5b6001600160a01b0381166100bc5760405163733eb12f60e01b815260206004820152601060248201526f74656d706c617465526567697374727960801b6044820152606401610069565b6001600160a01b0381166080526100d35f836100db565b505050610258565b5f806100e78484610111565b90508015610108575f84815260016020526040902061010690846101b8565b505b90505b92915050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166101b1575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101693390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161010b565b505f61010b565b5f610108836001600160a01b0384165f8181526001830160205260408120546101b157508154600181810184555f84815260208082209093018490558454848252828601909352604090209190915561010b565b80516001600160a01b0381168114610222575f5ffd5b919050565b5f5f60408385031215610238575f5ffd5b6102418361020c565b915061024f6020840161020c565b90509250929050565b608051614e0c6102775f395f818161052b0152611a0d0152614e0c5ff3fe608060405234801561000f575f5ffd5b506004361061026b575f3560e01c806391d148541161014b578063ae1b0cd0116100bf578063cb60907711610084578063cb60907714610630578063d547741f14610657578063e62314021461066a578063eed76ff81461067d578063f584fbf614610690578063fdef876614610698575f5ffd5b8063ae1b0cd0146105cf578063b0db18ad146105ef578063b7dc128414610602578063c365aa4f1461060a578063ca15c8731461061d575f5ffd5b8063a217fddf11610110578063a217fddf1461054d578063a3246ad314610554578063a5b925d214610574578063a6c2af0114610587578063ab996317146105a7578063ade6527f146105af575f5ffd5b806391d14854146104b9578063968e607e146104cc5780639de52eef146104f3578063a005293b14610506578063a0af81f014610526575f5ffd5b806336568abe116101e257806369774d0c116101a757806369774d0c1461042f5780636a870679146104425780636caa4707146104555780636f9af28c14610468578063823b08271461047b5780639010d07c1461048e575f5ffd5b806336568abe146103bb5780634519cd57146103ce578063528582f0146103e957806353c9883d146104095780635e3218b01461041c575f5ffd5b806323fa6b0c1161023357806323fa6b0c14610315578063248a9ca3146103355780632dd31000146103575780632eb86e8b1461037e5780632f2ff15d14610395578063335f4c76146103a8575f5ffd5b806301ffc9a71461026f5780630291a13d1461029757806314afd79e146102ac5780631915c6cb146102e257806323801570146102f5575b5f5ffd5b61028261027d3660046137b9565b6106ae565b60405190151581526020015b60405180910390f35b6102aa6102a53660046137e0565b6106d8565b005b6102d46102ba36600461382b565b6001600160a01b03165f9081526007602052604090205490565b60405190815260200161028e565b6102d46102f036600461382b565b6106f1565b610308610303366004613846565b610753565b60405161028e9190613b69565b610328610323366004613846565b6107ae565b60405161028e9190613c8f565b6102d4610343366004613846565b5f9081526020819052604090206001015490565b6102d47f547b500e425d72fd0723933cceefc203cef652b4736fd04250c3369b3e1a0a7381565b6102d46c273330ba2232b0b62a37b5b2b760991b81565b6102aa6103a3366004613ca1565b610804565b6102826103b636600461382b565b61082e565b6102aa6103c9366004613ca1565b6108f6565b6103d6600181565b60405161ffff909116815260200161028e565b6103fc6103f7366004613ccf565b61092e565b60405161028e9190613cef565b6102aa610417366004613ccf565b610a09565b6102aa61042a366004613d62565b610ba3565b6102aa61043d366004613db6565b610d8e565b6102d4610450366004613ccf565b610f50565b610282610463366004613846565b610fc4565b6102aa610476366004613dfa565b610ff1565b6102aa610489366004613ca1565b611006565b6104a161049c366004613ccf565b6110f8565b6040516001600160a01b03909116815260200161028e565b6102826104c7366004613ca1565b61110f565b6102d47f408ebdd15991a158e11bdc330490103683be8be3dcaf3b674806340fa7f8039481565b6102aa6105013660046137e0565b611137565b610519610514366004613846565b61116c565b60405161028e9190613e31565b6104a17f000000000000000000000000000000000000000000000000000000000000000081565b6102d45f81565b610567610562366004613846565b611208565b60405161028e9190613e9e565b610282610582366004613846565b611221565b61059a610595366004613846565b611229565b60405161028e9190613f3a565b600a546102d4565b6105c26105bd366004613ccf565b6113c2565b60405161028e9190613f4c565b6105e26105dd366004613ccf565b611494565b60405161028e9190613fa3565b6102826105fd366004613846565b6116a8565b6009546102d4565b6102aa610618366004613ffa565b6116b0565b6102d461062b366004613846565b611939565b6102d47fd6b769dbdbf190871759edfb79bd17eda0005e1b8c3b6b3f5b480b5604ad501481565b6102aa610665366004613ca1565b61194f565b610282610678366004613846565b611973565b6102aa61068b366004613dfa565b611a76565b600b546102d4565b6102d46b4e666174466163696c69747960a01b81565b5f6001600160e01b03198216635a05180f60e01b14806106d257506106d282611aab565b92915050565b5f6106e281611adf565b6106ed826002611aec565b5050565b6001600160a01b0381165f90815260086020526040812054600160a01b90046001600160401b0316801561074a57600a61072c600183614051565b8154811061073c5761073c614064565b905f5260205f20015461074c565b5f5b9392505050565b61075b613523565b60025f8381526002602052604090205460ff16600381111561077f5761077f61385d565b146107a55760405163137b82f160e01b8152600481018390526024015b60405180910390fd5b6106d2826120fd565b6107b6613646565b60035f8381526002602052604090205460ff1660038111156107da576107da61385d565b146107fb576040516310f28d0f60e01b81526004810183905260240161079c565b6106d2826123b7565b5f8281526020819052604090206001015461081e81611adf565b6108288383612680565b50505050565b6001600160a01b0381165f9081526007602090815260408083205480845260029283905290832054909160ff909116908160038111156108705761087061385d565b036108a95760015f83815260046020526040902054600160a01b900460ff1660028111156108a0576108a061385d565b14949350505050565b60038160038111156108bd576108bd61385d565b036108ed5760015f83815260056020526040902054600160a01b900460ff1660028111156108a0576108a061385d565b505f9392505050565b6001600160a01b038116331461091f5760405163334bd91960e11b815260040160405180910390fd5b61092982826126b3565b505050565b60605f5f610942600b8054905086866126de565b90925090506109518282614051565b6001600160401b0381111561096857610968614078565b6040519080825280602002602001820160405280156109a157816020015b61098e613646565b8152602001906001900390816109865790505b509250815b81811015610a00576109d2600b82815481106109c4576109c4614064565b905f5260205f2001546123b7565b846109dd8584614051565b815181106109ed576109ed614064565b60209081029190910101526001016109a6565b50505092915050565b7f408ebdd15991a158e11bdc330490103683be8be3dcaf3b674806340fa7f80394610a3381611adf565b5f610a3d84612720565b8054909150600160401b90046001600160401b031615610a7357604051635c1e118360e01b81526004810185905260240161079c565b5f8481526006602090815260408083208151606081018352878152338185019081526001600160401b03428116948301948552835460018181018655948852958720925160029096029092019485555193820180549351909116600160a01b026001600160e01b03199093166001600160a01b039490941693909317919091179091558254610b149163ffffffff640100000000909204919091169061408c565b825467ffffffff00000000191664010000000063ffffffff831602178355905033610b406001836140a8565b63ffffffff16867f0176fdca776c09051357f280c3aa3c70a984377c5b5cbddd2e924334c3899e9b87604051610b7891815260200190565b60405180910390a4815463ffffffff90811690821610610b9c57610b9c85836127aa565b5050505050565b610bcd7fd6b769dbdbf190871759edfb79bd17eda0005e1b8c3b6b3f5b480b5604ad50143361110f565b158015610be15750610bdf5f3361110f565b155b15610c0057604051628d360160e61b815233600482015260240161079c565b610c0983612826565b5f8381526002602052604081205460ff166003811115610c2b57610c2b61385d565b14610c4c57604051634707414f60e11b81526004810184905260240161079c565b6001600160a01b038216610c8e5760405163733eb12f60e01b815260206004820152600860248201526737b832b930ba37b960c11b604482015260640161079c565b5f8381526002602081815260408084208054600160ff199091168117909155600390925290922085815591820180546001600160a01b0319166001600160a01b03861617905582908201610ce2828261423c565b505060048101805467ffffffffffffffff1916426001600160401b0316179055600980546001810182555f919091527f6e1540171b6c0c960b71a7020d9f60077f6af931a8bbf590da0223dacf75c7af018490556001600160a01b038316847f23b3bf82e0bebe89f344dd5ff532c2eb6baa435d5204150e16b0806666c7a247610d6c85806140c4565b8660200135604051610d809392919061435b565b60405180910390a350505050565b335f9081526008602090815260408083208151808301909252546001600160a01b0381168252600160a01b90046001600160401b031691810182905291819003610ded5760405163301ed60b60e11b815233600482015260240161079c565b608087901c15610e1357604051638f21a56560e01b81526004810188905260240161079c565b608081901b87175f8181526002602052604081205460ff166003811115610e3c57610e3c61385d565b14610e5d576040516310882acd60e01b81526004810182905260240161079c565b5f600a610e6b600185614051565b81548110610e7b57610e7b614064565b905f5260205f20015490505f610ebb838360405180608001604052808d6001600160a01b031681526020018c81526020018b81526020018a81525061286b565b8551604080516001600160a01b039283168152602081018e9052918c1682820152606082018b9052608082018a905260a0820189905251919250839185916001917f9da80c91624d23ee153965e5b8ea5b6a0c37218066e7854b3415908a0cde79b79181900360c00190a4600181015463ffffffff165f03610f4457610f4483826001016127aa565b50505050505050505050565b5f82815260046020526040812054600160b01b90046001600160401b0316808203610f915760405163137b82f160e01b81526004810185905260240161079c565b608083901c15610fb757604051638f21a56560e01b81526004810184905260240161079c565b60801b8217905092915050565b5f60025b5f8381526002602052604090205460ff166003811115610fea57610fea61385d565b1492915050565b5f610ffb81611adf565b6106ed82600261295d565b5f61101081611adf565b60015f8481526002602052604090205460ff1660038111156110345761103461385d565b146110555760405163c50f029560e01b81526004810184905260240161079c565b6001600160a01b0382166110975760405163733eb12f60e01b815260206004820152600860248201526737b832b930ba37b960c11b604482015260640161079c565b5f8381526003602052604080822060010180546001600160a01b031981166001600160a01b038781169182179093559251911692839187917f901506523deeb98dda0d6a076103b1fc25112f8643baa1c0d2be356dbaf34ced91a450505050565b5f82815260016020526040812061074c9083612c5f565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b7f547b500e425d72fd0723933cceefc203cef652b4736fd04250c3369b3e1a0a7361116181611adf565b6106ed826001611aec565b606060065f8381526020019081526020015f20805480602002602001604051908101604052809291908181526020015f905b828210156111fd575f8481526020908190206040805160608101825260028602909201805483526001908101546001600160a01b03811684860152600160a01b90046001600160401b031691830191909152908352909201910161119e565b505050509050919050565b5f8181526001602052604090206060906106d290612c6a565b5f6001610fc8565b6112316136d8565b60015f8381526002602052604090205460ff1660038111156112555761125561385d565b146112765760405163c50f029560e01b81526004810183905260240161079c565b5f82815260036020908152604091829020825160a0810184528154815260018201546001600160a01b031692810192909252825180840184526002820180549394929392850192829082906112ca9061410d565b80601f01602080910402602001604051908101604052809291908181526020018280546112f69061410d565b80156113415780601f1061131857610100808354040283529160200191611341565b820191905f5260205f20905b81548152906001019060200180831161132457829003601f168201915b50505091835250506001919091015460209182015290825260048301546001600160401b03168282015260058301805460408051828502810185018252828152940193928301828280156113b257602002820191905f5260205f20905b81548152602001906001019080831161139e575b5050505050815250509050919050565b60605f5f6113d6600a8054905086866126de565b90925090506113e58282614051565b6001600160401b038111156113fc576113fc614078565b60405190808252806020026020018201604052801561143557816020015b611422613523565b81526020019060019003908161141a5790505b509250815b81811015610a0057611466600a828154811061145857611458614064565b905f5260205f2001546120fd565b846114718584614051565b8151811061148157611481614064565b602090810291909101015260010161143a565b60605f5f6114a860098054905086866126de565b90925090506114b78282614051565b6001600160401b038111156114ce576114ce614078565b60405190808252806020026020018201604052801561150757816020015b6114f46136d8565b8152602001906001900390816114ec5790505b509250815b81811015610a005760035f6009838154811061152a5761152a614064565b5f91825260208083209091015483528281019390935260409182019020815160a0810183528154815260018201546001600160a01b031693810193909352815180830183526002820180549293850192829082906115879061410d565b80601f01602080910402602001604051908101604052809291908181526020018280546115b39061410d565b80156115fe5780601f106115d5576101008083540402835291602001916115fe565b820191905f5260205f20905b8154815290600101906020018083116115e157829003601f168201915b50505091835250506001919091015460209182015290825260048301546001600160401b031682820152600583018054604080518285028101850182528281529401939283018282801561166f57602002820191905f5260205f20905b81548152602001906001019080831161165b575b5050505050815250508484836116859190614051565b8151811061169557611695614064565b602090810291909101015260010161150c565b5f6003610fc8565b5f8281526002602052604081205460ff16908160038111156116d4576116d461385d565b036116f5576040516310f28d0f60e01b81526004810184905260240161079c565b5f600182600381111561170a5761170a61385d565b146117455761173f60028360038111156117265761172661385d565b146117395761173485612c76565b612cd3565b84612cd3565b51611747565b835b90506117535f3361110f565b15801561177957505f818152600360205260409020600101546001600160a01b03163314155b156117a057604051631c990a7b60e31b81526004810185905233602482015260440161079c565b5f8060018460038111156117b6576117b661385d565b036117da5750505f84815260036020819052604090912090810154906002016118c3565b60028460038111156117ee576117ee61385d565b0361184d57505f8581526004602052604090208054600382019190600160a81b900460ff1661182e5761182087612cd3565b610200015160200151611834565b81600101545b815460ff60a81b1916600160a81b1790915591506118c3565b505f8581526005602052604090208054600682019190600160a81b900460ff166118a85780546001600160a01b0316156118a2578054611895906001600160a01b0316612da1565b60a00151602001516118ae565b5f6118ae565b81600101545b815460ff60a81b1916600160a81b1790915591505b6118cd85806140c4565b82916118da919083614183565b50602085013560018201819055339087907fd88b97d58b8b5bc97b3bd1c7575e98d97748782739afdd24364c3508b6aec45c9085906119198a806140c4565b604051611929949392919061437e565b60405180910390a3505050505050565b5f8181526001602052604081206106d290612dc5565b5f8281526020819052604090206001015461196981611adf565b61082883836126b3565b5f60025f8381526002602052604090205460ff1660038111156119985761199861385d565b146119b95760405163137b82f160e01b81526004810183905260240161079c565b5f6119c383612cd3565b60408101519091506119d757505f92915050565b604080820151606083015191516379ce87fb60e11b8152600481019190915263ffffffff90911660248201526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063f39d0ff690604401602060405180830381865afa158015611a52573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061074c91906143c4565b7f547b500e425d72fd0723933cceefc203cef652b4736fd04250c3369b3e1a0a73611aa081611adf565b6106ed82600161295d565b5f6001600160e01b03198216637965db0b60e01b14806106d257506301ffc9a760e01b6001600160e01b03198316146106d2565b611ae98133612dce565b50565b8135611af781612826565b5f8181526002602052604081205460ff166003811115611b1957611b1961385d565b14611b3a5760405163155c98a560e01b81526004810182905260240161079c565b60016020808501355f9081526002909152604090205460ff166003811115611b6457611b6461385d565b14611b885760405163c50f029560e01b81526020840135600482015260240161079c565b5f611b9a610100850160e0860161382b565b6001600160a01b031603611bdc5760405163733eb12f60e01b8152602060048201526008602482015267616c6d50726f787960c01b604482015260640161079c565b5f818152600260208190526040909120805460ff19169091179055611c11611c0b610100850160e0860161382b565b82612e07565b5f611c246101208501610100860161382b565b6001600160a01b031614611c4757611c47611c0b6101208501610100860161382b565b5f611c5a6101608501610140860161382b565b6001600160a01b031614611c7d57611c7d611c0b6101608501610140860161382b565b5f5b611c8d6102008501856143df565b9050811015611cdd57611cd5611ca76102008601866143df565b83818110611cb757611cb7614064565b9050604002016020016020810190611ccf919061382b565b83612e07565b600101611c7f565b50600a80546001810182555f8290527fc65a7bb8d6351c1cf70c95a316cc6a92839c986682d98bc35f958f4883f9d2a80182905554611d29611d236102008601866143df565b83612eae565b6020808501355f8181526003835260408082206005018054600181018255908352848320018690558582526004845290819020815161022081018352928352818801359383019390935260608088013591830191909152611fd291908101611d9760a0890160808a01614435565b63ffffffff1681526020016001876002811115611db657611db661385d565b1480611dcd5750611dcd60e0890160c08a01614450565b151581526001600160401b0342166020820152604001611df4610100890160e08a0161382b565b6001600160a01b03168152602001611e1461012089016101008a0161382b565b6001600160a01b03168152602001611e3461016089016101408a0161382b565b6001600160a01b03168152602001611e5461018089016101608a0161382b565b6001600160a01b03168152602001611e746101a089016101808a0161382b565b6001600160a01b03168152602001611e946101c089016101a08a0161382b565b6001600160a01b03168152602001611eb46101e089016101c08a0161382b565b6001600160a01b031681526101e08801356020820152604001611edb6102008901896143df565b808060200260200160405190810160405280939291908181526020015f905b82821015611f2657611f176040830286013681900381019061453f565b81526020019060010190611efa565b5050509183525050602001611f3f6102208901896143df565b808060200260200160405190810160405280939291908181526020015f905b82821015611f8a57611f7b6040830286013681900381019061453f565b81526020019060010190611f5e565b5050509183525050602001611fa3610240890189614559565b611fac9061459d565b9052604051611fbe9190602001614627565b604051602081830303815290604052612ff3565b81546001600160a01b031981166001600160a01b03929092169182178355859183916001600160a81b03191617600160a01b8360028111156120165761201661385d565b0217905550805467ffffffffffffffff60b01b1916600160b01b6001600160401b0384160217815561205061028086016102608701614435565b60018201805463ffffffff191663ffffffff929092169190911790556020850135837f0b517c8152b1e65eba9fb52a99123693c36c7916c89fbdcb78c151b29c2f1cb18660608901356120a960a08b0160808c01614435565b6120ba6101008c0160e08d0161382b565b6040516120ca9493929190614788565b60405180910390a36120e461028086016102608701614435565b63ffffffff165f03610b9c57610b9c83826001016127aa565b612105613523565b5f8281526004602052604081209061211c84612cd3565b848452805160208086019190915281015160408086019190915281015160608086019190915281015163ffffffff166080850152825490915060a0840190600160a01b900460ff1660028111156121755761217561385d565b908160028111156121885761218861385d565b9052506080810151151560c0848101919091528101516001600160a01b0390811660e08086019190915282015181166101008086019190915260a08301516001600160401b0316610120808701919091529083015182166101408087019190915290830151821661016080870191909152908301518216610180808701919091529083015182166101a080870191909152908301519091166101c080860191909152908201516101e080860191909152908201516102008501528101516102208401528154600160a81b900460ff166122665780610200015161230f565b816003016040518060400160405290815f820180546122849061410d565b80601f01602080910402602001604051908101604052809291908181526020018280546122b09061410d565b80156122fb5780601f106122d2576101008083540402835291602001916122fb565b820191905f5260205f20905b8154815290600101906020018083116122de57829003601f168201915b505050505081526020016001820154815250505b61024084015260408051606081018252600184015463ffffffff8082168352640100000000820416602080840191909152600160401b9091046001600160401b03168284015261026086019190915260028401805483518184028101840190945280845290918301828280156123a257602002820191905f5260205f20905b81548152602001906001019080831161238e575b50505050508361028001819052505050919050565b6123bf613646565b5f828152600560205260409081902083835280549091830190600160a01b900460ff1660028111156123f3576123f361385d565b908160028111156124065761240661385d565b90525060408051606081018252600183015463ffffffff80821683526401000000008204166020830152600160401b90046001600160401b03169181019190915261010083015280546001600160a01b0316156124eb5780545f90612473906001600160a01b0316612da1565b80516020808601919091528101516001600160401b031660608086019190915260408201516080808701919091529082015160a086015281015151909150156124dd5780608001515f815181106124cc576124cc614064565b60200260200101518360c001819052505b60a0015160e08301526125b9565b608083901c600a6124fd600183614051565b8154811061250d5761250d614064565b5f91825260209182902001549084019081528254600160b01b90046001600160401b031660608501526040805160c08101909152905160028401919081906125629061255890612cd3565b6101c0015161308a565b6001600160a01b0390811682526fffffffffffffffffffffffffffffffff881660208301528354166040820152600183015460608201526002830154608082015260039092015460a09092019190915260c0840152505b8054600160a81b900460ff161561267a57806006016040518060400160405290815f820180546125e89061410d565b80601f01602080910402602001604051908101604052809291908181526020018280546126149061410d565b801561265f5780601f106126365761010080835404028352916020019161265f565b820191905f5260205f20905b81548152906001019060200180831161264257829003601f168201915b50505091835250506001919091015460209091015260e08301525b50919050565b5f5f61268c84846130f2565b9050801561074c575f8481526001602052604090206126ab9084613181565b509392505050565b5f5f6126bf8484613195565b9050801561074c575f8481526001602052604090206126ab90846131fe565b5f5f8484106126f157505f905080612718565b83836126fd8288614051565b106127115761270c84866147c0565b612713565b855b915091505b935093915050565b5f81815260026020819052604082205460ff16908160038111156127465761274661385d565b036127605750505f90815260046020526040902060010190565b60038160038111156127745761277461385d565b0361278e5750505f90815260056020526040902060010190565b6040516310f28d0f60e01b81526004810184905260240161079c565b80546fffffffffffffffff00000000000000001916600160401b426001600160401b0316908102919091178083556040805164010000000090920463ffffffff168252602082019290925283917f8058327a0fe21a15e7211bff9c473ece8397f809cb8764fed8a7aa0094f05cd4910160405180910390a25050565b80612844576040516307e5c14160e01b815260040160405180910390fd5b60c081901c5f03611ae957604051631da0971360e01b81526004810182905260240161079c565b5f8281526004602052604081208054600160a01b900460ff1661289086868386613212565b805467ffffffffffffffff60b01b1916600160b01b426001600160401b03160217815584516002820180546001600160a01b0319166001600160a01b0390921691909117905560208501516003820155604080860151600483015560608601516005830155600184810154908301805463ffffffff90921663ffffffff1990921691909117905551909350859087907f553744cca20cb82b5302396fd2118c170d411b5bb4b69896741e0051db7f10d89061294c9085906147d3565b60405180910390a350509392505050565b813561296881612826565b5f8181526002602052604081205460ff16600381111561298a5761298a61385d565b146129ab576040516310882acd60e01b81526004810182905260240161079c565b60026020808501355f9081526002909152604090205460ff1660038111156129d5576129d561385d565b146129f95760405163137b82f160e01b81526020840135600482015260240161079c565b5f5b612a0860a08501856143df565b9050811015612a2957612a21611ca760a08601866143df565b6001016129fb565b505f80612a3c60e0860160c0870161382b565b6001600160a01b031614612a51576001612a53565b5f5b60ff166001600160401b03811115612a6d57612a6d614078565b604051908082528060200260200182016040528015612aa657816020015b612a93613727565b815260200190600190039081612a8b5790505b50905080515f14612ae157612ac336859003850160c086016147e1565b815f81518110612ad557612ad5614064565b60200260200101819052505b5f612ba96040518060c0016040528087602001358152602001426001600160401b0316815260200187608001358152602001878060a00190612b2391906143df565b808060200260200160405190810160405280939291908181526020015f905b82821015612b6e57612b5f6040830286013681900381019061453f565b81526020019060010190612b42565b505050918352505060208101859052604001612b8e610180890189614559565b612b979061459d565b9052604051611fbe919060200161484c565b90505f612bbc8487602001358785613212565b9050612bd06101c087016101a08801614435565b60018201805463ffffffff191663ffffffff9290921691909117905560405160208701359085907f553744cca20cb82b5302396fd2118c170d411b5bb4b69896741e0051db7f10d890612c249089906147d3565b60405180910390a3612c3e6101c087016101a08801614435565b63ffffffff165f03612c5757612c5784826001016127aa565b505050505050565b5f61074c83836132e0565b60605f61074c83613306565b5f818152600560205260408120546001600160a01b03168015612ca257612c9c81612da1565b5161074c565b600a612cb36001608086901c614051565b81548110612cc357612cc3614064565b905f5260205f2001549392505050565b612d6e60408051610220810182525f808252602080830182905282840182905260608084018390526080840183905260a0840183905260c0840183905260e08401839052610100840183905261012084018390526101408401839052610160840183905261018084018390526101a084018390526101c084018190526101e08401819052845180860190955284528301529061020082015290565b5f82815260046020526040902054612d8e906001600160a01b031661335f565b8060200190518101906106d29190614a68565b612da9613769565b612db28261335f565b8060200190518101906106d29190614cc4565b5f6106d2825490565b612dd8828261110f565b6106ed5760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161079c565b6001600160a01b038216612e495760405163733eb12f60e01b815260206004820152600860248201526718dbdb9d1c9858dd60c21b604482015260640161079c565b6001600160a01b0382165f908152600760205260409020548015612e9257604051635ae045f160e01b81526001600160a01b03841660048201526024810182905260440161079c565b506001600160a01b039091165f90815260076020526040902055565b5f80805b84811015612f81576b4e666174466163696c69747960a01b868683818110612edc57612edc614064565b9050604002015f013503612f1b57858582818110612efc57612efc614064565b9050604002016020016020810190612f14919061382b565b9250612f79565b6c273330ba2232b0b62a37b5b2b760991b868683818110612f3e57612f3e614064565b9050604002015f013503612f7957858582818110612f5e57612f5e614064565b9050604002016020016020810190612f76919061382b565b91505b600101612eb2565b506001600160a01b03821615610b9c576040805180820182526001600160a01b0392831681526001600160401b0394851660208083019182529484165f90815260089095529190932092518354915192166001600160e01b031990911617600160a01b91909316029190911790555050565b5f5f8251600161300391906147c0565b905061600081111561302d57825160405163278b998360e21b815260040161079c91815260200190565b5f8184604051602001613041929190614da7565b60405160208183030381529060405290508051602082015ff092506001600160a01b038316613083576040516385924b9760e01b815260040160405180910390fd5b5050919050565b5f805b825181101561267a576c273330ba2232b0b62a37b5b2b760991b8382815181106130b9576130b9614064565b60200260200101515f0151036130ea578281815181106130db576130db614064565b60200260200101516020015191505b60010161308d565b5f6130fd838361110f565b61317a575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556131323390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016106d2565b505f6106d2565b5f61074c836001600160a01b0384166133fb565b5f6131a0838361110f565b1561317a575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016106d2565b5f61074c836001600160a01b038416613440565b5f848152600260208181526040808420805460ff19166003179055600590915290912080546001600160a01b031981166001600160a01b03851690811783559192859284926001600160a81b0319161790600160a01b90849081111561327a5761327a61385d565b02179055505f9384526004602090815260408520600201805460018181018355918752918620909101869055600b805491820181559094527f0175b7a638427703f0dbe7bb9bbf987a2551717b34e79f33b5b1008d1fa01db99093019390935550919050565b5f825f0182815481106132f5576132f5614064565b905f5260205f200154905092915050565b6060815f0180548060200260200160405190810160405280929190818152602001828054801561335357602002820191905f5260205f20905b81548152602001906001019080831161333f575b50505050509050919050565b60606001600160a01b0382163b5f81900361339857604051630f28217760e01b81526001600160a01b038416600482015260240161079c565b5f6133a4600183614051565b9050806001600160401b038111156133be576133be614078565b6040519080825280601f01601f1916602001820160405280156133e8576020820181803683370190505b50925080600160208501863c5050919050565b5f81815260018301602052604081205461317a57508154600181810184555f8481526020808220909301849055845484825282860190935260409020919091556106d2565b5f818152600183016020526040812054801561351a575f613462600183614051565b85549091505f9061347590600190614051565b90508082146134d4575f865f01828154811061349357613493614064565b905f5260205f200154905080875f0184815481106134b3576134b3614064565b5f918252602080832090910192909255918252600188019052604090208390555b85548690806134e5576134e5614df8565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f9055600193505050506106d2565b5f9150506106d2565b604051806102a001604052805f81526020015f81526020015f81526020015f81526020015f63ffffffff1681526020015f60028111156135655761356561385d565b81526020015f151581526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f6001600160401b031681526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f8152602001606081526020016060815260200161361a6040518060400160405280606081526020015f81525090565b8152604080516060810182525f8082526020828101829052928201529101908152602001606081525090565b6040518061012001604052805f81526020015f81526020015f60028111156136705761367061385d565b81525f602082018190526040820152606080820152608001613690613727565b81526020016136b16040518060400160405280606081526020015f81525090565b8152604080516060810182525f80825260208281018290529282015291015290565b905290565b6040518060a001604052805f81526020015f6001600160a01b031681526020016137146040518060400160405280606081526020015f81525090565b81525f6020820152606060409091015290565b6040518060c001604052805f6001600160a01b031681526020015f81526020015f6001600160a01b031681526020015f81526020015f81526020015f81525090565b6040518060c001604052805f81526020015f6001600160401b031681526020015f815260200160608152602001606081526020016136d36040518060400160405280606081526020015f81525090565b5f602082840312156137c9575f5ffd5b81356001600160e01b03198116811461074c575f5ffd5b5f602082840312156137f0575f5ffd5b81356001600160401b03811115613805575f5ffd5b82016102e0818503121561074c575f5ffd5b6001600160a01b0381168114611ae9575f5ffd5b5f6020828403121561383b575f5ffd5b813561074c81613817565b5f60208284031215613856575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b6003811061388d57634e487b7160e01b5f52602160045260245ffd5b9052565b5f8151808452602084019350602083015f5b828110156138df576138c9868351805182526020908101516001600160a01b0316910152565b60409590950194602091909101906001016138a3565b5093949350505050565b5f81516040845280518060408601528060208301606087015e5f60608287010152602084015160208601526060601f19601f8301168601019250505092915050565b5f8151808452602084019350602083015f5b828110156138df57815186526020958601959091019060010161393d565b805182526020810151602083015260408101516040830152606081015160608301525f6080820151613995608085018263ffffffff169052565b5060a08201516139a860a0850182613871565b5060c08201516139bc60c085018215159052565b5060e08201516139d760e08501826001600160a01b03169052565b506101008201516139f46101008501826001600160a01b03169052565b50610120820151613a116101208501826001600160401b03169052565b50610140820151613a2e6101408501826001600160a01b03169052565b50610160820151613a4b6101608501826001600160a01b03169052565b50610180820151613a686101808501826001600160a01b03169052565b506101a0820151613a856101a08501826001600160a01b03169052565b506101c0820151613aa26101c08501826001600160a01b03169052565b506101e08201516101e08401526102008201516102e0610200850152613acc6102e0850182613891565b9050610220830151848203610220860152613ae78282613891565b915050610240830151848203610240860152613b0382826138e9565b915050610260830151613b4661026086018263ffffffff815116825263ffffffff60208201511660208301526001600160401b0360408201511660408301525050565b506102808301518482036102c0860152613b60828261392b565b95945050505050565b602081525f61074c602083018461395b565b80516001600160a01b0390811683526020808301519084015260408083015190911690830152606080820151908301526080808201519083015260a090810151910152565b80518252602081015160208301525f6040820151613be16040850182613871565b506060820151613bfc60608501826001600160401b03169052565b506080820151608084015260a082015161020060a0850152613c22610200850182613891565b905060c0830151613c3660c0860182613b7b565b5060e0830151848203610180860152613c4f82826138e9565b610100850151805163ffffffff9081166101a08901526020820151166101c088015260408101516001600160401b03166101e088015290925090506126ab565b602081525f61074c6020830184613bc0565b5f5f60408385031215613cb2575f5ffd5b823591506020830135613cc481613817565b809150509250929050565b5f5f60408385031215613ce0575f5ffd5b50508035926020909101359150565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015613d4657603f19878603018452613d31858351613bc0565b94506020938401939190910190600101613d15565b50929695505050505050565b5f6040828403121561267a575f5ffd5b5f5f5f60608486031215613d74575f5ffd5b833592506020840135613d8681613817565b915060408401356001600160401b03811115613da0575f5ffd5b613dac86828701613d52565b9150509250925092565b5f5f5f5f5f60a08688031215613dca575f5ffd5b853594506020860135613ddc81613817565b94979496505050506040830135926060810135926080909101359150565b5f60208284031215613e0a575f5ffd5b81356001600160401b03811115613e1f575f5ffd5b8201610200818503121561074c575f5ffd5b602080825282518282018190525f918401906040840190835b81811015613e93578351805184526020808201516001600160a01b0316818601526040918201516001600160401b03169185019190915290930192606090920191600101613e4a565b509095945050505050565b602080825282518282018190525f918401906040840190835b81811015613e935783516001600160a01b0316835260209384019390920191600101613eb7565b8051825260018060a01b0360208201511660208301525f604082015160a06040850152613f0e60a08501826138e9565b90506001600160401b03606084015116606085015260808301518482036080860152613b60828261392b565b602081525f61074c6020830184613ede565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015613d4657603f19878603018452613f8e85835161395b565b94506020938401939190910190600101613f72565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015613d4657603f19878603018452613fe5858351613ede565b94506020938401939190910190600101613fc9565b5f5f6040838503121561400b575f5ffd5b8235915060208301356001600160401b03811115614027575f5ffd5b61403385828601613d52565b9150509250929050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156106d2576106d261403d565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b63ffffffff81811683821601908111156106d2576106d261403d565b63ffffffff82811682821603908111156106d2576106d261403d565b5f5f8335601e198436030181126140d9575f5ffd5b8301803591506001600160401b038211156140f2575f5ffd5b602001915036819003821315614106575f5ffd5b9250929050565b600181811c9082168061412157607f821691505b60208210810361267a57634e487b7160e01b5f52602260045260245ffd5b601f82111561092957805f5260205f20601f840160051c810160208510156141645750805b601f840160051c820191505b81811015610b9c575f8155600101614170565b6001600160401b0383111561419a5761419a614078565b6141ae836141a8835461410d565b8361413f565b5f601f8411600181146141df575f85156141c85750838201355b5f19600387901b1c1916600186901b178355610b9c565b5f83815260208120601f198716915b8281101561420e57868501358255602094850194600190920191016141ee565b508682101561422a575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b8135601e1983360301811261424f575f5ffd5b820180356001600160401b0381118015614267575f5ffd5b813603602084011315614278575f5ffd5b5f9050506142908161428a855461410d565b8561413f565b5f601f8211600181146142c4575f83156142ad5750838201602001355b5f19600385901b1c1916600184901b178555614320565b5f85815260208120601f198516915b828110156142f5576020858801810135835594850194600190920191016142d3565b5084821015614314575f1960f88660031b161c19602085880101351681555b505060018360011b0185555b5050505060209190910135600190910155565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f61436e604083018587614333565b9050826020830152949350505050565b848152836020820152606060408201525f61439d606083018486614333565b9695505050505050565b8015158114611ae9575f5ffd5b80516143bf816143a7565b919050565b5f602082840312156143d4575f5ffd5b815161074c816143a7565b5f5f8335601e198436030181126143f4575f5ffd5b8301803591506001600160401b0382111561440d575f5ffd5b6020019150600681901b3603821315614106575f5ffd5b63ffffffff81168114611ae9575f5ffd5b5f60208284031215614445575f5ffd5b813561074c81614424565b5f60208284031215614460575f5ffd5b813561074c816143a7565b604080519081016001600160401b038111828210171561448d5761448d614078565b60405290565b60405160c081016001600160401b038111828210171561448d5761448d614078565b60405161022081016001600160401b038111828210171561448d5761448d614078565b604051601f8201601f191681016001600160401b038111828210171561450057614500614078565b604052919050565b5f60408284031215614518575f5ffd5b61452061446b565b823581529050602082013561453481613817565b602082015292915050565b5f6040828403121561454f575f5ffd5b61074c8383614508565b5f8235603e1983360301811261456d575f5ffd5b9190910192915050565b5f6001600160401b0382111561458f5761458f614078565b50601f01601f191660200190565b5f604082360312156145ad575f5ffd5b6145b561446b565b82356001600160401b038111156145ca575f5ffd5b830136601f8201126145da575f5ffd5b80356145ed6145e882614577565b6144d8565b818152366020838501011115614601575f5ffd5b816020840160208301375f60209282018301528352938401359382019390935292915050565b602081528151602082015260208201516040820152604082015160608201525f606083015161465e608084018263ffffffff169052565b50608083015180151560a08401525060a08301516001600160401b03811660c08401525060c08301516001600160a01b03811660e08401525060e08301516001600160a01b038116610100840152506101008301516001600160a01b038116610120840152506101208301516001600160a01b038116610140840152506101408301516001600160a01b038116610160840152506101608301516001600160a01b038116610180840152506101808301516001600160a01b0381166101a0840152506101a08301516101c08301526101c08301516102206101e0840152614749610240840182613891565b90506101e0840151601f19848303016102008501526147688282613891565b915050610200840151601f1984830301610220850152613b6082826138e9565b608081016147968287613871565b602082019490945263ffffffff9290921660408301526001600160a01b0316606090910152919050565b808201808211156106d2576106d261403d565b602081016106d28284613871565b5f60c08284031280156147f2575f5ffd5b506147fb614493565b823561480681613817565b815260208381013590820152604083013561482081613817565b6040820152606083810135908201526080808401359082015260a0928301359281019290925250919050565b60208152815160208201526001600160401b036020830151166040820152604082015160608201525f606083015160c0608084015261488e60e0840182613891565b6080850151848203601f190160a08601528051808352602091820193505f9291909101905b808310156148dd576148c6828551613b7b565b60c0820191506020840193506001830192506148b3565b5060a0860151858203601f190160c0870152925061439d81846138e9565b80516143bf81614424565b80516001600160401b03811681146143bf575f5ffd5b80516143bf81613817565b5f6001600160401b0382111561493f5761493f614078565b5060051b60200190565b5f82601f830112614958575f5ffd5b8151602083015f61496b6145e884614927565b83815260069390931b82019290506020810186841115614989575f5ffd5b838310156149d7575f604084890312156149a1575f5ffd5b6149a961446b565b8451815260208501519091506149be81613817565b6020828101919091529082526040939093019201614989565b5095945050505050565b5f604082840312156149f1575f5ffd5b6149f961446b565b905081516001600160401b03811115614a10575f5ffd5b8201601f81018413614a20575f5ffd5b8051614a2e6145e882614577565b818152856020838501011115614a42575f5ffd5b8160208401602083015e5f60209282018301528352928301519282019290925292915050565b5f60208284031215614a78575f5ffd5b81516001600160401b03811115614a8d575f5ffd5b82016102208185031215614a9f575f5ffd5b614aa76144b5565b815181526020808301519082015260408083015190820152614acb606083016148fb565b6060820152614adc608083016143b4565b6080820152614aed60a08301614906565b60a0820152614afe60c0830161491c565b60c0820152614b0f60e0830161491c565b60e0820152614b21610100830161491c565b610100820152614b34610120830161491c565b610120820152614b47610140830161491c565b610140820152614b5a610160830161491c565b610160820152614b6d610180830161491c565b6101808201526101a082810151908201526101c08201516001600160401b03811115614b97575f5ffd5b614ba386828501614949565b6101c0830152506101e08201516001600160401b03811115614bc3575f5ffd5b614bcf86828501614949565b6101e0830152506102008201516001600160401b03811115614bef575f5ffd5b614bfb868285016149e1565b61020083015250949350505050565b5f82601f830112614c19575f5ffd5b8151614c276145e882614927565b80828252602082019150602060c08402860101925085831115614c48575f5ffd5b602085015b838110156149d75760c08188031215614c64575f5ffd5b614c6c614493565b8151614c7781613817565b8152602082810151908201526040820151614c9181613817565b6040820152606082810151908201526080808301519082015260a08083015190820152835260209092019160c001614c4d565b5f60208284031215614cd4575f5ffd5b81516001600160401b03811115614ce9575f5ffd5b820160c08185031215614cfa575f5ffd5b614d02614493565b81518152614d1260208301614906565b60208201526040828101519082015260608201516001600160401b03811115614d39575f5ffd5b614d4586828501614949565b60608301525060808201516001600160401b03811115614d63575f5ffd5b614d6f86828501614c0a565b60808301525060a08201516001600160401b03811115614d8d575f5ffd5b614d99868285016149e1565b60a083015250949350505050565b606160f81b815260f083901b6001600160f01b03191660018201526880600c6000396000f360b81b60038201525f600c820181905282518060208501600d85015e5f9201600d019182525092915050565b634e487b7160e01b5f52603160045260245ffd";
