// generated — do not edit. Regenerate with `tsx reconciler/scripts/gen-abi.ts` after `forge build`.
// HaloFactory from contracts/src/factory/HaloFactory.sol.

export const haloFactoryAbi = [
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "wiring",
        "type": "tuple",
        "internalType": "struct IHaloFactory.Wiring",
        "components": [
          {
            "name": "timelock",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "templateRegistry",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "haloRegistry",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "beamState",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "configurator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "cbeamProposer",
            "type": "address",
            "internalType": "address"
          }
        ]
      },
      {
        "name": "deployers",
        "type": "address[]",
        "internalType": "address[]"
      },
      {
        "name": "approvers",
        "type": "address[]",
        "internalType": "address[]"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "APPROVER",
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
    "name": "CLASS_APPROVAL_TYPEHASH",
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
    "name": "DEPLOYER",
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
    "name": "UNIT_APPROVAL_TYPEHASH",
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
    "name": "beamState",
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
    "name": "cbeamGrantOperation",
    "inputs": [
      {
        "name": "classId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "op",
        "type": "tuple",
        "internalType": "struct IHaloFactory.GrantOperation",
        "components": [
          {
            "name": "id",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "target",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "value",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "data",
            "type": "bytes",
            "internalType": "bytes"
          },
          {
            "name": "predecessor",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "salt",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "timestamp",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "immediate",
            "type": "bool",
            "internalType": "bool"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "cbeamGrantOperationFor",
    "inputs": [
      {
        "name": "classId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "govOps",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "op",
        "type": "tuple",
        "internalType": "struct IHaloFactory.GrantOperation",
        "components": [
          {
            "name": "id",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "target",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "value",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "data",
            "type": "bytes",
            "internalType": "bytes"
          },
          {
            "name": "predecessor",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "salt",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "timestamp",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "immediate",
            "type": "bool",
            "internalType": "bool"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "cbeamProposer",
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
    "name": "classApprovalDigest",
    "inputs": [
      {
        "name": "request",
        "type": "tuple",
        "internalType": "struct IHaloFactory.ClassRequest",
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
            "name": "name",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "symbol",
            "type": "string",
            "internalType": "string"
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
          }
        ]
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "approver",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "nonce",
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
    "name": "classRequestHash",
    "inputs": [
      {
        "name": "request",
        "type": "tuple",
        "internalType": "struct IHaloFactory.ClassRequest",
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
            "name": "name",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "symbol",
            "type": "string",
            "internalType": "string"
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
          }
        ]
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "configurator",
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
    "name": "deployClass",
    "inputs": [
      {
        "name": "request",
        "type": "tuple",
        "internalType": "struct IHaloFactory.ClassRequest",
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
            "name": "name",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "symbol",
            "type": "string",
            "internalType": "string"
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
          }
        ]
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IHaloFactory.ClassAddresses",
        "components": [
          {
            "name": "almProxy",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "rateLimits",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "controller",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "facility",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "dealToken",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "redeem",
            "type": "address",
            "internalType": "address"
          }
        ]
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "deployClassWithApproval",
    "inputs": [
      {
        "name": "request",
        "type": "tuple",
        "internalType": "struct IHaloFactory.ClassRequest",
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
            "name": "name",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "symbol",
            "type": "string",
            "internalType": "string"
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
          }
        ]
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "approval",
        "type": "tuple",
        "internalType": "struct IHaloFactory.Approval",
        "components": [
          {
            "name": "approver",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "deadline",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "nonce",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "signature",
            "type": "bytes",
            "internalType": "bytes"
          }
        ]
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IHaloFactory.ClassAddresses",
        "components": [
          {
            "name": "almProxy",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "rateLimits",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "controller",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "facility",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "dealToken",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "redeem",
            "type": "address",
            "internalType": "address"
          }
        ]
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "deployUnit",
    "inputs": [
      {
        "name": "request",
        "type": "tuple",
        "internalType": "struct IHaloFactory.UnitRequest",
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
            "name": "name",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "symbol",
            "type": "string",
            "internalType": "string"
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
          }
        ]
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IHaloFactory.UnitAddresses",
        "components": [
          {
            "name": "shareToken",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "subscribeQueue",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "redeemQueue",
            "type": "address",
            "internalType": "address"
          }
        ]
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "deployUnitWithApproval",
    "inputs": [
      {
        "name": "request",
        "type": "tuple",
        "internalType": "struct IHaloFactory.UnitRequest",
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
            "name": "name",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "symbol",
            "type": "string",
            "internalType": "string"
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
          }
        ]
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "approval",
        "type": "tuple",
        "internalType": "struct IHaloFactory.Approval",
        "components": [
          {
            "name": "approver",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "deadline",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "nonce",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "signature",
            "type": "bytes",
            "internalType": "bytes"
          }
        ]
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IHaloFactory.UnitAddresses",
        "components": [
          {
            "name": "shareToken",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "subscribeQueue",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "redeemQueue",
            "type": "address",
            "internalType": "address"
          }
        ]
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "deployingClass",
    "inputs": [],
    "outputs": [
      {
        "name": "classId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "govOps",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "eip712Domain",
    "inputs": [],
    "outputs": [
      {
        "name": "fields",
        "type": "bytes1",
        "internalType": "bytes1"
      },
      {
        "name": "name",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "version",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "chainId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "verifyingContract",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "extensions",
        "type": "uint256[]",
        "internalType": "uint256[]"
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
    "name": "haloRegistry",
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
    "name": "invalidateNonce",
    "inputs": [
      {
        "name": "nonce",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "isNonceUsed",
    "inputs": [
      {
        "name": "approver",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "nonce",
        "type": "uint256",
        "internalType": "uint256"
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
    "name": "predictClassAddresses",
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
        "name": "classId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "authoriser",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "a",
        "type": "tuple",
        "internalType": "struct IHaloFactory.ClassAddresses",
        "components": [
          {
            "name": "almProxy",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "rateLimits",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "controller",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "facility",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "dealToken",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "redeem",
            "type": "address",
            "internalType": "address"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "predictUnitAddresses",
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
        "name": "unitId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "authoriser",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "a",
        "type": "tuple",
        "internalType": "struct IHaloFactory.UnitAddresses",
        "components": [
          {
            "name": "shareToken",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "subscribeQueue",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "redeemQueue",
            "type": "address",
            "internalType": "address"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "releaseId",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
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
    "name": "reserveId",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "reservedBy",
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
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
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
    "name": "timelock",
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
    "name": "unitApprovalDigest",
    "inputs": [
      {
        "name": "request",
        "type": "tuple",
        "internalType": "struct IHaloFactory.UnitRequest",
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
            "name": "name",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "symbol",
            "type": "string",
            "internalType": "string"
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
          }
        ]
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "approver",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "nonce",
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
    "name": "unitRequestHash",
    "inputs": [
      {
        "name": "request",
        "type": "tuple",
        "internalType": "struct IHaloFactory.UnitRequest",
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
            "name": "name",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "symbol",
            "type": "string",
            "internalType": "string"
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
          }
        ]
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "event",
    "name": "ClassDeployed",
    "inputs": [
      {
        "name": "schemaVersion",
        "type": "uint16",
        "indexed": true,
        "internalType": "uint16"
      },
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
        "name": "deployment",
        "type": "tuple",
        "indexed": false,
        "internalType": "struct IHaloFactory.ClassDeployment",
        "components": [
          {
            "name": "request",
            "type": "tuple",
            "internalType": "struct IHaloFactory.ClassRequest",
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
                "name": "name",
                "type": "string",
                "internalType": "string"
              },
              {
                "name": "symbol",
                "type": "string",
                "internalType": "string"
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
              }
            ]
          },
          {
            "name": "kind",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "addresses",
            "type": "tuple",
            "internalType": "struct IHaloFactory.ClassAddresses",
            "components": [
              {
                "name": "almProxy",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "rateLimits",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "controller",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "facility",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "dealToken",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "redeem",
                "type": "address",
                "internalType": "address"
              }
            ]
          },
          {
            "name": "authoriser",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "salt",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "day0Limits",
            "type": "tuple[]",
            "internalType": "struct IHaloFactory.InitRateLimit[]",
            "components": [
              {
                "name": "key",
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
            "name": "cbeamOperationId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "cbeamReadyAt",
            "type": "uint256",
            "internalType": "uint256"
          }
        ]
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "EIP712DomainChanged",
    "inputs": [],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "IdReleased",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "holder",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "by",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "IdReserved",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "holder",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "NonceInvalidated",
    "inputs": [
      {
        "name": "approver",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "nonce",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
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
    "name": "UnitDeployed",
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
        "name": "deployment",
        "type": "tuple",
        "indexed": false,
        "internalType": "struct IHaloFactory.UnitDeployment",
        "components": [
          {
            "name": "request",
            "type": "tuple",
            "internalType": "struct IHaloFactory.UnitRequest",
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
                "name": "name",
                "type": "string",
                "internalType": "string"
              },
              {
                "name": "symbol",
                "type": "string",
                "internalType": "string"
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
              }
            ]
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
            "name": "almProxy",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "addresses",
            "type": "tuple",
            "internalType": "struct IHaloFactory.UnitAddresses",
            "components": [
              {
                "name": "shareToken",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "subscribeQueue",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "redeemQueue",
                "type": "address",
                "internalType": "address"
              }
            ]
          },
          {
            "name": "authoriser",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "salt",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "day0Limits",
            "type": "tuple[]",
            "internalType": "struct IHaloFactory.InitRateLimit[]",
            "components": [
              {
                "name": "key",
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
    "name": "Factory_ApprovalExpired",
    "inputs": [
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "nowTimestamp",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "Factory_BadSignature",
    "inputs": [
      {
        "name": "approver",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "Factory_BeaconDuplicate",
    "inputs": [
      {
        "name": "kind",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "Factory_BeaconMissing",
    "inputs": [
      {
        "name": "kind",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "Factory_BeaconUnknown",
    "inputs": [
      {
        "name": "kind",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "Factory_ClassExists",
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
    "name": "Factory_CodeHashMismatch",
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
    "name": "Factory_ComponentMissing",
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
    "name": "Factory_ControllerNotRegistered",
    "inputs": [
      {
        "name": "controller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "Factory_Day0LimitOverflow",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "decimals",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "Factory_DepositAssetDecimals",
    "inputs": [
      {
        "name": "asset",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "decimals",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "Factory_DepositAssetNoDecimals",
    "inputs": [
      {
        "name": "asset",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "Factory_DepositAssetNotAllowed",
    "inputs": [
      {
        "name": "asset",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "Factory_IdReserved",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "holder",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "Factory_IdTaken",
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
    "name": "Factory_NonceUsed",
    "inputs": [
      {
        "name": "approver",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "nonce",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "Factory_NotApprover",
    "inputs": [
      {
        "name": "approver",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "Factory_NotAuthoriser",
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
    "name": "Factory_NotReservationHolder",
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
    "name": "Factory_ParameterDuplicate",
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
    "name": "Factory_ParameterMissing",
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
    "name": "Factory_ParameterOutOfRange",
    "inputs": [
      {
        "name": "name",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
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
    "name": "Factory_ParameterUnknown",
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
    "name": "Factory_RateLimitsNotRegistered",
    "inputs": [
      {
        "name": "rateLimits",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "Factory_TemplateDeprecated",
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
    "name": "Factory_TemplateNotApproved",
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
    "name": "Factory_TemplateRevoked",
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
    "name": "Factory_UnitExists",
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
    "name": "Factory_UnknownAgent",
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
    "name": "Factory_UnknownClass",
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
    "name": "Factory_UnknownTemplate",
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
    "name": "Factory_UnsupportedDay0Flow",
    "inputs": [
      {
        "name": "flow",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "Factory_UnsupportedKind",
    "inputs": [
      {
        "name": "kind",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "Factory_WrongKind",
    "inputs": [
      {
        "name": "classId",
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
    "name": "Factory_ZeroAddress",
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
    "name": "Factory_ZeroId",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InvalidShortString",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ReentrancyGuardReentrantCall",
    "inputs": []
  },
  {
    "type": "error",
    "name": "StringTooLong",
    "inputs": [
      {
        "name": "str",
        "type": "string",
        "internalType": "string"
      }
    ]
  }
] as const;

/** Creation bytecode with unlinked library placeholders (see the link offsets). */
export const haloFactoryBytecode: `0x${string}` = "0x610220604052348015610010575f5ffd5b506040516160e13803806160e183398101604081905261002f91610686565b604080518082018252600b81526a48616c6f466163746f727960a81b602080830191909152825180840190935260018352603160f81b90830152906100758260026103db565b610120526100848160036103db565b61014052815160208084019190912060e052815190820120610100524660a05261011060e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05282516001600160a01b03166101615760405163f8b39ded60e01b815260206004820152600860248201526774696d656c6f636b60c01b60448201526064015b60405180910390fd5b60208301516001600160a01b03166101af5760405163f8b39ded60e01b815260206004820152601060248201526f74656d706c617465526567697374727960801b6044820152606401610158565b60408301516001600160a01b03166101f95760405163f8b39ded60e01b815260206004820152600c60248201526b68616c6f526567697374727960a01b6044820152606401610158565b60608301516001600160a01b03166102405760405163f8b39ded60e01b81526020600482015260096024820152686265616d537461746560b81b6044820152606401610158565b60808301516001600160a01b031661028a5760405163f8b39ded60e01b815260206004820152600c60248201526b31b7b73334b3bab930ba37b960a11b6044820152606401610158565b60a08301516001600160a01b03166102d55760405163f8b39ded60e01b815260206004820152600d60248201526c31b132b0b6a83937b837b9b2b960991b6044820152606401610158565b82516001600160a01b03908116610160526020840151811661018052604084015181166101a052606084015181166101c052608084015181166101e05260a084015116610200528251610329905f9061040d565b505f5b82518110156103875761037e7f503cf060389b91af8851125bd70ce66d16d12330718b103fc7674ef6d27e70c984838151811061036b5761036b61076a565b602002602001015161040d60201b60201c565b5060010161032c565b505f5b81518110156103d2576103c97f5ff1fb0ce9089603e6e193667ed17164e0360a6148f4a39fc194055588948a3183838151811061036b5761036b61076a565b5060010161038a565b50505050610914565b5f6020835110156103f6576103ef83610441565b9050610407565b816104018482610802565b5060ff90505b92915050565b5f80610419848461047e565b9050801561043a575f8481526001602052604090206104389084610525565b505b9392505050565b5f5f829050601f8151111561046b578260405163305a27a960e01b815260040161015891906108bc565b8051610476826108f1565b179392505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661051e575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556104d63390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610407565b505f610407565b5f61043a836001600160a01b0384165f81815260018301602052604081205461051e57508154600181810184555f848152602080822090930184905584548482528286019093526040902091909155610407565b634e487b7160e01b5f52604160045260245ffd5b60405160c081016001600160401b03811182821017156105af576105af610579565b60405290565b604051601f8201601f191681016001600160401b03811182821017156105dd576105dd610579565b604052919050565b80516001600160a01b03811681146105fb575f5ffd5b919050565b5f82601f83011261060f575f5ffd5b81516001600160401b0381111561062857610628610579565b8060051b610638602082016105b5565b91825260208185018101929081019086841115610653575f5ffd5b6020860192505b8383101561067c5761066b836105e5565b82526020928301929091019061065a565b9695505050505050565b5f5f5f83850361010081121561069a575f5ffd5b60c08112156106a7575f5ffd5b506106b061058d565b6106b9856105e5565b81526106c7602086016105e5565b60208201526106d8604086016105e5565b60408201526106e9606086016105e5565b60608201526106fa608086016105e5565b608082015261070b60a086016105e5565b60a082015260c08501519093506001600160401b0381111561072b575f5ffd5b61073786828701610600565b60e086015190935090506001600160401b03811115610754575f5ffd5b61076086828701610600565b9150509250925092565b634e487b7160e01b5f52603260045260245ffd5b600181811c9082168061079257607f821691505b6020821081036107b057634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156107fd57805f5260205f20601f840160051c810160208510156107db5750805b601f840160051c820191505b818110156107fa575f81556001016107e7565b50505b505050565b81516001600160401b0381111561081b5761081b610579565b61082f81610829845461077e565b846107b6565b6020601f821160018114610861575f831561084a5750848201515b5f19600385901b1c1916600184901b1784556107fa565b5f84815260208120601f198516915b828110156108905787850151825560209485019460019092019101610870565b50848210156108ad57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156107b0575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e051610200516156bb610a265f395f818161033a0152818161084801528181610fed01526121a101525f81816102e6015261217201525f818161039b0152818161107a015281816115dd0152818161169c0152818161181b015261214301525f81816103dd01528181610ae4015281816115380152818161184a01528181611e36015261211401525f818161053901528181611b2c015281816120e501526124d001525f818161064b015281816117a001526120b601525f611db801525f611d8601525f6130a701525f61307f01525f612fda01525f61300401525f61302e01526156bb5ff3fe608060405234801561000f575f5ffd5b506004361061023f575f3560e01c8063839dcd0c11610135578063bfc1bbf5116100b4578063d33219b411610079578063d33219b414610646578063d547741f1461066d578063da4c610a14610680578063f3ca4a4914610693578063f4cda01d146106a6575f5ffd5b8063bfc1bbf5146105a8578063c1b8411a146105c7578063c5183be4146105db578063ca15c873146105fb578063cab7e8eb1461060e575f5ffd5b8063a0af81f0116100fa578063a0af81f014610534578063a217fddf1461055b578063a3246ad314610562578063a6b4d1d814610582578063b70e36f014610595575f5ffd5b8063839dcd0c146104ba57806384b0196e146104cd5780639010d07c146104e857806391d14854146104fb5780639938a7771461050e575f5ffd5b80633efa892b116101c15780636387925911610186578063638792591461044e5780636a80ff111461046e5780636f403a30146104815780637d79212014610494578063810edb30146104a7575f5ffd5b80633efa892b146103965780634519cd57146103bd57806346e08229146103d85780635dd8a33e146103ff5780635de7283d14610426575f5ffd5b80632b507df8116102075780632b507df8146102e15780632f2ff15d14610320578063306f9bed1461033557806336568abe1461035c5780633d111c7e1461036f575f5ffd5b806301ffc9a7146102435780630555c8f21461026b57806308abfdc41461028b5780630b78c36e146102ac578063248a9ca3146102bf575b5f5ffd5b610256610251366004613738565b6106b9565b60405190151581526020015b60405180910390f35b61027e610279366004613785565b6106e3565b60405161026291906137f0565b61029e610299366004613844565b610759565b604051908152602001610262565b61029e6102ba3660046138ba565b610771565b61029e6102cd3660046138ef565b5f9081526020819052604090206001015490565b6103087f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610262565b61033361032e366004613906565b61077f565b005b6103087f000000000000000000000000000000000000000000000000000000000000000081565b61033361036a366004613906565b6107a9565b61029e7f5ff1fb0ce9089603e6e193667ed17164e0360a6148f4a39fc194055588948a3181565b6103087f000000000000000000000000000000000000000000000000000000000000000081565b6103c5600181565b60405161ffff9091168152602001610262565b6103087f000000000000000000000000000000000000000000000000000000000000000081565b61029e7f875bd701d7c3c8c515e81e3dce44b11441b109bf58ee3cb7d800be2bf81adc9181565b6103086104343660046138ef565b5f908152600660205260409020546001600160a01b031690565b61046161045c3660046138ef565b6107e1565b6040516102629190613962565b61027e61047c3660046139dc565b6108d2565b61029e61048f366004613a1d565b610923565b61027e6104a2366004613a72565b610952565b61029e6104b5366004613ac4565b610a44565b6103336104c83660046138ef565b610a56565b6104d5610bc1565b6040516102629796959493929190613af5565b6103086104f6366004613b8b565b610c03565b610256610509366004613906565b610c1a565b61029e7e34bdb1e26331eb1ffb1a1c8b363d3416108c7b472741ec8dafbebe3279d7a881565b6103087f000000000000000000000000000000000000000000000000000000000000000081565b61029e5f81565b6105756105703660046138ef565b610c42565b6040516102629190613bab565b6103336105903660046138ef565b610c5b565b6103336105a33660046138ef565b610d21565b604080515f5c81526001600160a01b0360015c16602082015201610262565b61029e5f51602061567b5f395f51905f5281565b6105ee6105e9366004613bf6565b610db4565b6040516102629190613c74565b61029e6106093660046138ef565b610e00565b61025661061c366004613c82565b6001600160a01b03919091165f908152600560209081526040808320938352929052205460ff1690565b6103087f000000000000000000000000000000000000000000000000000000000000000081565b61033361067b366004613906565b610e16565b6105ee61068e366004613cac565b610e3a565b6105ee6106a1366004613a72565b610e6c565b6104616106b4366004613906565b610fbf565b5f6001600160e01b03198216635a05180f60e01b14806106dd57506106dd826110f3565b92915050565b604080516060810182525f8082526020820181905291810191909152610707611127565b6107318261072c868661071d6020850185613cde565b87602001358860400135611196565b611250565b61074884846107436020860186613cde565b6113e6565b9050610752611a08565b9392505050565b5f6107678686868686611196565b9695505050505050565b5f6107678686868686611a32565b5f8281526020819052604090206001015461079981611a8f565b6107a38383611a9c565b50505050565b6001600160a01b03811633146107d25760405163334bd91960e11b815260040160405180910390fd5b6107dc8282611acf565b505050565b6107e9613672565b5f828152600460205260409020805461081d576040516389b85a0d60e01b8152600481018490526024015b60405180910390fd5b6006810154604051637df35ca760e01b8152600481018590526001600160a01b0391821660248201527f000000000000000000000000000000000000000000000000000000000000000090911690637df35ca7906044015f60405180830381865afa15801561088e573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526108b59190810190613e81565b60029091015460ff600160c01b909104161560e082015292915050565b604080516060810182525f80825260208201819052918101919091526108f6611127565b5f51602061567b5f395f51905f5261090d81611a8f565b6109188484336113e6565b9150506106dd611a08565b5f816040516020016109359190614083565b604051602081830303815290604052805190602001209050919050565b604080516060810182525f808252602082018190529181018290529061097a87876001611afa565b90505f51602061569b5f395f51905f528160200151146109b5578060200151604051630918b2ef60e11b815260040161081491815260200190565b60608101516109d8816d2430b637a9b430b932aa37b5b2b760911b888888611be2565b6001600160a01b03168352610a01816d537562736372696265517565756560901b888888611be2565b6001600160a01b03166020840152610a2a816a52656465656d517565756560a81b888888611be2565b6001600160a01b0316604084015250909695505050505050565b5f816040516020016109359190614196565b610a6d5f51602061567b5f395f51905f5233610c1a565b158015610aa15750610a9f7f5ff1fb0ce9089603e6e193667ed17164e0360a6148f4a39fc194055588948a3133610c1a565b155b15610ac15760405163784c0c8b60e01b8152336004820152602401610814565b80610adf576040516327230bcb60e11b815260040160405180910390fd5b610b097f000000000000000000000000000000000000000000000000000000000000000082611c3c565b15610b2a57604051632f9b836560e21b815260048101829052602401610814565b5f818152600660205260409020546001600160a01b03168015610b725760405163ac82506d60e01b8152600481018390526001600160a01b0382166024820152604401610814565b5f8281526006602052604080822080546001600160a01b031916339081179091559051909184917f3cc2eb343655b0db13227db76342f544e69f6126052c0970de75a604f11918f29190a35050565b5f6060805f5f5f6060610bd2611d7f565b610bda611db1565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f8281526001602052604081206107529083611dde565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f8181526001602052604090206060906106dd90611de9565b5f818152600660205260409020546001600160a01b0316801580610c9a5750336001600160a01b03821614801590610c9a5750610c985f33610c1a565b155b15610cc1576040516374af9c7b60e01b815260048101839052336024820152604401610814565b5f8281526006602090815260409182902080546001600160a01b031916905590513381526001600160a01b0383169184917f56839fae57c7e6ee87ea834be7ca522335bb3b13dcf5713e5199883894cce4dd910160405180910390a35050565b335f90815260056020908152604080832084845290915290205460ff1615610d6557604051637ee434fd60e01b815233600482015260248101829052604401610814565b335f818152600560209081526040808320858452909152808220805460ff19166001179055518392917f1800cd2301fbc20790ed94f3d55a28ef2306a9c31cd3c72b5b71b6e4cf5c624191a350565b610dbc6136bb565b610dc4611127565b610de98261072c8686610dda6020850185613cde565b87602001358860400135611a32565b6107488484610dfb6020860186613cde565b611df5565b5f8181526001602052604081206106dd90612310565b5f82815260208190526040902060010154610e3081611a8f565b6107a38383611acf565b610e426136bb565b610e4a611127565b5f51602061567b5f395f51905f52610e6181611a8f565b610918848433611df5565b610e746136bb565b5f610e8087875f611afa565b9050610e8f8160200151612319565b6060810151610eac8167414c4d50726f787960c01b888888611be2565b6001600160a01b03168352610ed18169526174654c696d69747360b01b888888611be2565b6001600160a01b03166020840152610efd816d2430b637a1b7b73a3937b63632b960911b888888611be2565b6001600160a01b0316604084015260208201517f28be13efe402cf9ccd7d2906325e8ec00518dd0d163f30cd2f30f03d939e419c01610fb457610f52816b4e666174466163696c69747960a01b888888611be2565b6001600160a01b03166060840152610f7d816c273330ba2232b0b62a37b5b2b760991b888888611be2565b6001600160a01b03166080840152610fa581694e66617452656465656d60b01b888888611be2565b6001600160a01b031660a08401525b505095945050505050565b610fc7613672565b604051637df35ca760e01b8152600481018490526001600160a01b0383811660248301527f00000000000000000000000000000000000000000000000000000000000000001690637df35ca7906044015f60405180830381865afa158015611031573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526110589190810190613e81565b60405163901bb3f360e01b81526001600160a01b0384811660048301529192507f00000000000000000000000000000000000000000000000000000000000000009091169063901bb3f390602401602060405180830381865afa1580156110c1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110e59190614310565b60011460e082015292915050565b5f6001600160e01b03198216637965db0b60e01b14806106dd57506301ffc9a760e01b6001600160e01b03198316146106dd565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561116757604051633ee5aeb560e01b815260040160405180910390fd5b61119460017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612377565b565b6020808601355f90815260049091526040812080546111ce576040516389b85a0d60e01b815260208801356004820152602401610814565b60018101546002820154611245917f875bd701d7c3c8c515e81e3dce44b11441b109bf58ee3cb7d800be2bf81adc919188919063ffffffff166112108c610923565b8b8a8a60405160200161122a989796959493929190614327565b6040516020818303038152906040528051906020012061237e565b979650505050505050565b5f61125e6020840184613cde565b90508260200135421115611291576040516348e396ff60e11b815260208401356004820152426024820152604401610814565b6112bb7f5ff1fb0ce9089603e6e193667ed17164e0360a6148f4a39fc194055588948a3182610c1a565b6112e35760405163cbddbfe560e01b81526001600160a01b0382166004820152602401610814565b6001600160a01b0381165f90815260056020908152604080832086820135845290915290205460ff161561133f5760408051637ee434fd60e01b81526001600160a01b0383166004820152908401356024820152604401610814565b61138a8183611351606087018761436c565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506123aa92505050565b6113b257604051630b5dfa5760e31b81526001600160a01b0382166004820152602401610814565b6001600160a01b03165f90815260056020908152604080832094810135835293905291909120805460ff1916600117905550565b604080516060810182525f8082526020820181905291810191909152833580611422576040516327230bcb60e11b815260040160405180910390fd5b6020858101355f90815260048083526040918290208251610120810184528154808252600183015495820195909552600282015463ffffffff81169482019490945264010000000084046001600160a01b039081166060830152600160c01b90940460ff16151560808201526003820154841660a082015291810154831660c08301526005810154831660e083015260060154909116610100820152906114e2576040516389b85a0d60e01b815260208701356004820152602401610814565b80515f51602061569b5f395f51905f5214611533578051604051631b01c01760e01b8152602088013560048201525f51602061569b5f395f51905f5260248201526044810191909152606401610814565b61155d7f000000000000000000000000000000000000000000000000000000000000000083611c3c565b1561157e5760405163a63fbeb760e01b815260048101839052602401610814565b611588828561241a565b5f61159d82602001518360400151600161249e565b90506115b96115af60808901896143ae565b836080015161264b565b60a0820151604051633d0a63e960e11b81526001600160a01b0391821660048201527f000000000000000000000000000000000000000000000000000000000000000090911690637a14c7d290602401602060405180830381865afa158015611624573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116489190614310565b5f036116785760a0820151604051633896328160e01b81526001600160a01b039091166004820152602401610814565b6060820151604051636d46114f60e11b81526001600160a01b0391821660048201527f00000000000000000000000000000000000000000000000000000000000000009091169063da8c229e90602401602060405180830381865afa1580156116e3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117079190614310565b5f0361173757606082015160405163236f20b960e11b81526001600160a01b039091166004820152602401610814565b606073__$eeee79e59d8dc6341e10b45c7a031f2734$__634b238fb58989898661187c896040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c08101919091526040518060e001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020018360e001516001600160a01b031681526020018360c001516001600160a01b0316815260200183606001516001600160a01b031681526020018360a001516001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152509050919050565b6040518663ffffffff1660e01b815260040161189c9594939291906145de565b5f60405180830381865af41580156118b6573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526118dd91908101906147df565b8092508196505050876020013584600161ffff167fd5ddd96e694ef60ba2f0c34e5d7160e53c65c57cd2f353b7e1e842e336263cd26040518061012001604052808d61192890614988565b815260200188602001518152602001886040015163ffffffff16815260200188606001516001600160a01b031663ec5568896040518163ffffffff1660e01b8152600401602060405180830381865afa158015611987573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119ab9190614a5c565b6001600160a01b031681526020018a81526020018b6001600160a01b031681526020018c81526020018681526020018760c0015163ffffffff168152506040516119f59190614b50565b60405180910390a4505050509392505050565b6111945f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0061118e565b5f6107677e34bdb1e26331eb1ffb1a1c8b363d3416108c7b472741ec8dafbebe3279d7a8856040890135611a6c60808b0160608c01614c2e565b611a758b610a44565b8a898960405160200161122a989796959493929190614327565b611a998133612859565b50565b5f5f611aa88484612896565b90508015610752575f848152600160205260409020611ac79084612925565b509392505050565b5f5f611adb8484612939565b90508015610752575f848152600160205260409020611ac790846129a2565b611b026136ef565b604051636a8dabd360e01b81526004810185905263ffffffff8416602482015282151560448201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636a8dabd3906064015f60405180830381865afa158015611b78573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052611b9f9190810190614db8565b90505f81516004811115611bb557611bb56143f3565b036107525760405163064bd7c360e31b81526004810185905263ffffffff84166024820152604401610814565b5f610767611bf087876129b6565b602090810151604080518084018990528082018890526001600160a01b038716606082015260808082018b90528251808303909101815260a09091019091528051920191909120612a55565b604051636caa470760e01b8152600481018290525f906001600160a01b03841690636caa470790602401602060405180830381865afa158015611c81573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611ca59190614ef7565b80611d12575060405163b0db18ad60e01b8152600481018390526001600160a01b0384169063b0db18ad90602401602060405180830381865afa158015611cee573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611d129190614ef7565b8061075257506040516352dc92e960e11b8152600481018390526001600160a01b0384169063a5b925d290602401602060405180830381865afa158015611d5b573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107529190614ef7565b6060611dac7f00000000000000000000000000000000000000000000000000000000000000006002612abd565b905090565b6060611dac7f00000000000000000000000000000000000000000000000000000000000000006003612abd565b5f6107528383612b66565b60605f61075283612b8c565b611dfd6136bb565b833580611e1d576040516327230bcb60e11b815260040160405180910390fd5b6040516352dc92e960e11b8152602086013560048201527f0000000000000000000000000000000000000000000000000000000000000000906001600160a01b0382169063a5b925d290602401602060405180830381865afa158015611e85573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611ea99190614ef7565b611ecc5760405163236d13db60e01b815260208701356004820152602401610814565b611ed68183611c3c565b15611ef757604051630e6625ff60e11b815260048101839052602401610814565b611f01828561241a565b5f611f13610100880160e08901613cde565b6001600160a01b031603611f595760405163f8b39ded60e01b815260206004820152600c60248201526b19195c1bdcda5d105cdcd95d60a21b6044820152606401610814565b5f611f6a60e0880160c08901613cde565b6001600160a01b031603611faa5760405163f8b39ded60e01b8152602060048201526006602482015265676f764f707360d01b6044820152606401610814565b5f611fc96040880135611fc360808a0160608b01614c2e565b5f61249e565b9050611fd88160200151612319565b611ff6611fec610100890160e08a01613cde565b8260e00151612be5565b6120076115af6101608901896143ae565b6120226120186101408901896143ae565b8360400151612c75565b82805f5d5061203760e0880160c08901613cde565b6001805c6001600160a01b0319166001600160a01b03831617905d5060605f5f73__$a7949b05448a27b0459aef19b9dedb1b81$__6333b58c8a8b8b8b886121d16040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091526040518060c001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316815250905090565b6040518663ffffffff1660e01b81526004016121f1959493929190614f10565b5f60405180830381865af415801561220b573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261223291908101906150c7565b929950909450925090505f80805d505f6001805c6001600160a01b031916905d506122618a8589851515612dff565b896020013586600161ffff167f0dc45615c5136163273f149e6f5f72fd5876c8ecdcf2740c82410786c5bfbbe06040518061012001604052808f6122a49061522a565b8152602001896020015181526020018c81526020018d6001600160a01b031681526020018e81526020018881526020018960c0015163ffffffff168152602001878152602001868152506040516122fb9190615500565b60405180910390a45050505050509392505050565b5f6106dd825490565b5f51602061569b5f395f51905f52811415801561235657507fd741ec101bfd30633282d6f9cda1713ffae722f2e9c0cf32d0cf0fc26c61be648114155b15611a9957604051630918b2ef60e11b815260048101829052602401610814565b80825d5050565b5f6106dd61238a612fce565b8360405161190160f01b8152600281019290925260228201526042902090565b5f836001600160a01b03163b5f03612408575f5f6123c885856130f7565b5090925090505f8160038111156123e1576123e16143f3565b1480156123ff5750856001600160a01b0316826001600160a01b0316145b92505050610752565b612413848484613140565b9050610752565b5f828152600660205260409020546001600160a01b03168061243b57505050565b816001600160a01b0316816001600160a01b03161461247f5760405163ac82506d60e01b8152600481018490526001600160a01b0382166024820152604401610814565b50505f90815260066020526040902080546001600160a01b0319169055565b6124a66136ef565b604051636a8dabd360e01b81526004810185905263ffffffff8416602482015282151560448201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636a8dabd3906064015f60405180830381865afa15801561251c573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526125439190810190614db8565b80519091505f81600481111561255b5761255b6143f3565b036125885760405163064bd7c360e31b81526004810186905263ffffffff85166024820152604401610814565b600181600481111561259c5761259c6143f3565b036125c95760405163769c4d7f60e11b81526004810186905263ffffffff85166024820152604401610814565b60038160048111156125dd576125dd6143f3565b0361260a57604051638ebe9b4760e01b81526004810186905263ffffffff85166024820152604401610814565b600481600481111561261e5761261e6143f3565b03611ac757604051637464ae6760e01b81526004810186905263ffffffff85166024820152604401610814565b5f5b82811015612815575f848483818110612668576126686155b3565b604002919091013591505f90505b828110156126c35781868683818110612691576126916155b3565b9050604002015f0135036126bb57604051632e79e8bb60e21b815260048101839052602401610814565b600101612676565b505f5b8351811080156126f25750818482815181106126e4576126e46155b3565b60200260200101515f015114155b1561270757612700816155db565b90506126c6565b8351810361272b576040516339414d1160e11b815260048101839052602401610814565b5f86868581811061273e5761273e6155b3565b90506040020160200135905084828151811061275c5761275c6155b3565b6020026020010151602001518110806127915750848281518110612782576127826155b3565b60200260200101516040015181115b156128075782818684815181106127aa576127aa6155b3565b6020026020010151602001518785815181106127c8576127c86155b3565b6020026020010151604001516040516344bc48a960e01b8152600401610814949392919093845260208401929092526040830152606082015260800190565b50505080600101905061264d565b50805182146107dc575f5b81518110156107a3576128508484848481518110612840576128406155b3565b60200260200101515f0151613216565b50600101612820565b6128638282610c1a565b6128925760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610814565b5050565b5f6128a18383610c1a565b61291e575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556128d63390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016106dd565b505f6106dd565b5f610752836001600160a01b03841661328b565b5f6129448383610c1a565b1561291e575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016106dd565b5f610752836001600160a01b0384166132d0565b6129e060405180606001604052805f81526020015f6001600160a01b031681526020015f81525090565b5f5b8351811015612a3857828482815181106129fe576129fe6155b3565b60200260200101515f015103612a3057838181518110612a2057612a206155b3565b60200260200101519150506106dd565b6001016129e2565b5060405163a417080f60e01b815260048101839052602401610814565b6040513060388201526f5af43d82803e903d91602b57fd5bf3ff602482015260148101839052733d602d80600a3d3981f3363d3d373d3d3d363d738152605881018290526037600c820120607882015260556043909101205f906001600160a01b0316610752565b606060ff8314612ad757612ad0836133b3565b90506106dd565b818054612ae3906155f3565b80601f0160208091040260200160405190810160405280929190818152602001828054612b0f906155f3565b8015612b5a5780601f10612b3157610100808354040283529160200191612b5a565b820191905f5260205f20905b815481529060010190602001808311612b3d57829003601f168201915b505050505090506106dd565b5f825f018281548110612b7b57612b7b6155b3565b905f5260205f200154905092915050565b6060815f01805480602002602001604051908101604052809291908181526020018280548015612bd957602002820191905f5260205f20905b815481526020019060010190808311612bc5575b50505050509050919050565b805115612c6c575f5b815181108015612c295750826001600160a01b0316828281518110612c1557612c156155b3565b60200260200101516001600160a01b031614155b15612c3e57612c37816155db565b9050612bee565b81518103612c6a576040516336af4e0d60e01b81526001600160a01b0384166004820152602401610814565b505b6107dc826133f0565b5f5b82811015612dbe575f848483818110612c9257612c926155b3565b604002919091013591505f90505b82811015612ced5781868683818110612cbb57612cbb6155b3565b9050604002015f013503612ce55760405163efe24bc760e01b815260048101839052602401610814565b600101612ca0565b505f805b8451811015612d275782858281518110612d0d57612d0d6155b3565b602002602001015103612d1f57600191505b600101612cf1565b5080612d4957604051638a3de8d760e01b815260048101839052602401610814565b5f868685818110612d5c57612d5c6155b3565b9050604002016020016020810190612d749190613cde565b6001600160a01b031603612db45760405163f8b39ded60e01b81526020600482015260066024820152653132b0b1b7b760d11b6044820152606401610814565b5050600101612c77565b50805182146107dc575f5b81518110156107a357612df68484848481518110612de957612de96155b3565b6020026020010151613500565b50600101612dc9565b6020808401805160408051610120810182529251835287810135938301939093525f51602061569b5f395f51905f5214918101612e426080880160608901614c2e565b63ffffffff16815260200184604001516001600160a01b03168152602001831515815260200184602001516001600160a01b031681526020018660e0016020810190612e8e9190613cde565b6001600160a01b0316815260200182612ea7575f612eca565b612eca612eb86101408901896143ae565b686c7068612d6c63747360b81b613500565b6001600160a01b03168152602001612ee860e0880160c08901613cde565b6001600160a01b0390811690915295355f908152600460208181526040928390208451815590840151600182015591830151600283018054606086015160808701511515600160c01b0260ff60c01b19918d16640100000000026001600160c01b031990931663ffffffff90951694909417919091171691909117905560a0830151600383018054918a166001600160a01b031992831617905560c08401519183018054928a169282169290921790915560e0830151600583018054918a1691831691909117905561010090920151600690910180549190971691161790945550505050565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561302657507f000000000000000000000000000000000000000000000000000000000000000046145b1561305057507f000000000000000000000000000000000000000000000000000000000000000090565b611dac604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f5f835160410361312e576020840151604085015160608601515f1a61312088828585613583565b955095509550505050613139565b505081515f91506002905b9250925092565b5f5f5f856001600160a01b03168585604051602401613160929190615625565b60408051601f198184030181529181526020820180516001600160e01b0316630b135d3f60e11b17905251613195919061563d565b5f60405180830381855afa9150503d805f81146131cd576040519150601f19603f3d011682016040523d82523d5f602084013e6131d2565b606091505b50915091508180156131e657506020815110155b801561076757508051630b135d3f60e11b9061320b9083016020908101908401614310565b149695505050505050565b5f805b8381101561326e5782858583818110613234576132346155b3565b9050604002015f01350361326657848482818110613254576132546155b3565b90506040020160200135915050610752565b600101613219565b5060405163e07fb14960e01b815260048101839052602401610814565b5f81815260018301602052604081205461291e57508154600181810184555f8481526020808220909301849055845484825282860190935260409020919091556106dd565b5f81815260018301602052604081205480156133aa575f6132f2600183615653565b85549091505f9061330590600190615653565b9050808214613364575f865f018281548110613323576133236155b3565b905f5260205f200154905080875f018481548110613343576133436155b3565b5f918252602080832090910192909255918252600188019052604090208390555b855486908061337557613375615666565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f9055600193505050506106dd565b5f9150506106dd565b60605f6133bf8361364b565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b60408051600481526024810182526020810180516001600160e01b031663313ce56760e01b17905290515f91829182916001600160a01b03861691613435919061563d565b5f60405180830381855afa9150503d805f811461346d576040519150601f19603f3d011682016040523d82523d5f602084013e613472565b606091505b509150915081158061348657508051602014155b156134af576040516303f63a5960e11b81526001600160a01b0385166004820152602401610814565b808060200190518101906134c39190614310565b925060248311156134f957604051631980277960e31b81526001600160a01b038516600482015260248101849052604401610814565b5050919050565b5f805b83811015613566578285858381811061351e5761351e6155b3565b9050604002015f01350361355e5784848281811061353e5761353e6155b3565b90506040020160200160208101906135569190613cde565b915050610752565b600101613503565b5060405163074f0b8160e11b815260048101839052602401610814565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156135bc57505f91506003905082613641565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561360d573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661363857505f925060019150829050613641565b92505f91508190505b9450945094915050565b5f60ff8216601f8111156106dd57604051632cd44ac360e21b815260040160405180910390fd5b6040518061010001604052805f81526020015f6001600160a01b031681526020015f8152602001606081526020015f81526020015f81526020015f81526020015f151581525090565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a081019190915290565b604080516101008101909152805f81526020015f8152602001606081526020016060815260200160608152602001606081526020015f63ffffffff168152602001606081525090565b5f60208284031215613748575f5ffd5b81356001600160e01b031981168114610752575f5ffd5b5f60c0828403121561376f575f5ffd5b50919050565b5f6080828403121561376f575f5ffd5b5f5f5f60608486031215613797575f5ffd5b83356001600160401b038111156137ac575f5ffd5b6137b88682870161375f565b9350506020840135915060408401356001600160401b038111156137da575f5ffd5b6137e686828701613775565b9150509250925092565b606081016106dd828480516001600160a01b03908116835260208083015182169084015260409182015116910152565b6001600160a01b0381168114611a99575f5ffd5b803561383f81613820565b919050565b5f5f5f5f5f60a08688031215613858575f5ffd5b85356001600160401b0381111561386d575f5ffd5b6138798882890161375f565b95505060208601359350604086013561389181613820565b94979396509394606081013594506080013592915050565b5f6101a0828403121561376f575f5ffd5b5f5f5f5f5f60a086880312156138ce575f5ffd5b85356001600160401b038111156138e3575f5ffd5b613879888289016138a9565b5f602082840312156138ff575f5ffd5b5035919050565b5f5f60408385031215613917575f5ffd5b82359150602083013561392981613820565b809150509250929050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081528151602082015260018060a01b036020830151166040820152604082015160608201525f606083015161010060808401526139a5610120840182613934565b9050608084015160a084015260a084015160c084015260c084015160e084015260e084015115156101008401528091505092915050565b5f5f604083850312156139ed575f5ffd5b82356001600160401b03811115613a02575f5ffd5b613a0e8582860161375f565b95602094909401359450505050565b5f60208284031215613a2d575f5ffd5b81356001600160401b03811115613a42575f5ffd5b613a4e8482850161375f565b949350505050565b63ffffffff81168114611a99575f5ffd5b803561383f81613a56565b5f5f5f5f5f60a08688031215613a86575f5ffd5b853594506020860135613a9881613a56565b935060408601359250606086013591506080860135613ab681613820565b809150509295509295909350565b5f60208284031215613ad4575f5ffd5b81356001600160401b03811115613ae9575f5ffd5b613a4e848285016138a9565b60ff60f81b8816815260e060208201525f613b1360e0830189613934565b8281036040840152613b258189613934565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015613b7a578351835260209384019390920191600101613b5c565b50909b9a5050505050505050505050565b5f5f60408385031215613b9c575f5ffd5b50508035926020909101359150565b602080825282518282018190525f918401906040840190835b81811015613beb5783516001600160a01b0316835260209384019390920191600101613bc4565b509095945050505050565b5f5f5f60608486031215613c08575f5ffd5b83356001600160401b03811115613c1d575f5ffd5b6137b8868287016138a9565b80516001600160a01b03908116835260208083015182169084015260408083015182169084015260608083015182169084015260808083015182169084015260a09182015116910152565b60c081016106dd8284613c29565b5f5f60408385031215613c93575f5ffd5b8235613c9e81613820565b946020939093013593505050565b5f5f60408385031215613cbd575f5ffd5b82356001600160401b03811115613cd2575f5ffd5b613a0e858286016138a9565b5f60208284031215613cee575f5ffd5b813561075281613820565b634e487b7160e01b5f52604160045260245ffd5b60405161010081016001600160401b0381118282101715613d3057613d30613cf9565b60405290565b604051606081016001600160401b0381118282101715613d3057613d30613cf9565b604080519081016001600160401b0381118282101715613d3057613d30613cf9565b60405160c081016001600160401b0381118282101715613d3057613d30613cf9565b6040516101a081016001600160401b0381118282101715613d3057613d30613cf9565b604051601f8201601f191681016001600160401b0381118282101715613de757613de7613cf9565b604052919050565b805161383f81613820565b5f6001600160401b03821115613e1257613e12613cf9565b50601f01601f191660200190565b5f82601f830112613e2f575f5ffd5b8151613e42613e3d82613dfa565b613dbf565b818152846020838601011115613e56575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b8051801515811461383f575f5ffd5b5f60208284031215613e91575f5ffd5b81516001600160401b03811115613ea6575f5ffd5b82016101008185031215613eb8575f5ffd5b613ec0613d0d565b81518152613ed060208301613def565b60208201526040828101519082015260608201516001600160401b03811115613ef7575f5ffd5b613f0386828501613e20565b6060830152506080828101519082015260a0808301519082015260c08083015190820152613f3360e08301613e72565b60e0820152949350505050565b5f5f8335601e19843603018112613f55575f5ffd5b83016020810192503590506001600160401b03811115613f73575f5ffd5b803603821315613f81575f5ffd5b9250929050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b5f5f8335601e19843603018112613fc5575f5ffd5b83016020810192503590506001600160401b03811115613fe3575f5ffd5b8060061b3603821315613f81575f5ffd5b8183526020830192505f815f5b8481101561402957813586526020808301359087015260409586019590910190600101614001565b5093949350505050565b5f8235603e19833603018112614047575f5ffd5b90910192915050565b5f61405b8283613f40565b6040855261406d604086018284613f88565b6020948501359590940194909452509092915050565b60208082528235828201528201356040808301919091525f906140a890840184613f40565b60c060608501526140bd60e085018284613f88565b9150506140cd6060850185613f40565b848303601f190160808601526140e4838284613f88565b925050506140f56080850185613fb0565b848303601f190160a086015261410c838284613ff4565b9250505061411d60a0850185614033565b838203601f190160c08501526141338282614050565b95945050505050565b80358252602081013561414e81613820565b6001600160a01b03166020929092019190915250565b8183526020830192505f815f5b8481101561402957614183868361413c565b6040958601959190910190600101614171565b60208082528235828201528201356040808301919091528201356060808301919091525f906141c6908401613a67565b63ffffffff81166080840152506141df60808401613834565b6001600160a01b03811660a0840152506141fb60a08401613834565b6001600160a01b03811660c08401525061421760c08401613834565b6001600160a01b03811660e08401525061423360e08401613834565b6001600160a01b03811661010084015250614252610100840184613f40565b6101a061012085015261426a6101c085018284613f88565b91505061427b610120850185613f40565b848303601f1901610140860152614293838284613f88565b925050506142a5610140850185613fb0565b848303601f19016101608601526142bd838284614164565b925050506142cf610160850185613fb0565b848303601f19016101808601526142e7838284613ff4565b925050506142f9610180850185614033565b838203601f19016101a08501526141338282614050565b5f60208284031215614320575f5ffd5b5051919050565b9788526001600160a01b03969096166020880152604087019490945263ffffffff929092166060860152608085015260a084015260c083015260e08201526101000190565b5f5f8335601e19843603018112614381575f5ffd5b8301803591506001600160401b0382111561439a575f5ffd5b602001915036819003821315613f81575f5ffd5b5f5f8335601e198436030181126143c3575f5ffd5b8301803591506001600160401b038211156143dc575f5ffd5b6020019150600681901b3603821315613f81575f5ffd5b634e487b7160e01b5f52602160045260245ffd5b6005811061442357634e487b7160e01b5f52602160045260245ffd5b9052565b5f8151808452602084019350602083015f5b82811015614029578151865260209586019590910190600101614439565b5f8151808452602084019350602083015f5b82811015614029578151805187526020808201516001600160a01b0316818901526040918201519188019190915260609096019590910190600101614469565b5f8151808452602084019350602083015f5b82811015614029578151805187526020810151602088015260408101516040880152506060860195506020820191506001810190506144bb565b5f8151808452602084019350602083015f5b828110156140295781516001600160a01b0316865260209586019590910190600101614507565b614539828251614407565b602081015160208301525f6040820151610100604085015261455f610100850182614427565b9050606083015184820360608601526145788282614457565b9150506080830151848203608086015261459282826144a9565b91505060a083015184820360a08601526145ac82826144a9565b91505060c08301516145c660c086018263ffffffff169052565b5060e083015184820360e086015261413382826144f5565b61016080825286359082015260208601356101808201525f6146036040880188613f40565b60c06101a085015261461a61022085018284613f88565b91505061462a6060890189613f40565b84830361015f19016101c0860152614643838284613f88565b925050506146546080890189613fb0565b84830361015f19016101e086015261466d838284613ff4565b9250505061467e60a0890189614033565b83820361015f19016102008501526146968282614050565b9150508660208401526146b460408401876001600160a01b03169052565b82810360608401526146c6818661452e565b915050610767608083018480516001600160a01b03908116835260208083015182169084015260408083015182169084015260608083015182169084015260808083015182169084015260a08083015182169084015260c09182015116910152565b5f6001600160401b0382111561474057614740613cf9565b5060051b60200190565b5f82601f830112614759575f5ffd5b8151602083015f61476c613e3d84614728565b838152606090930282019290506020810186841115614789575f5ffd5b838310156147d5575f606084890312156147a1575f5ffd5b6147a9613d36565b845181526020808601518183015260408087015190830152908352606090940193919091019050614789565b5095945050505050565b5f5f82840360808112156147f1575f5ffd5b60608112156147fe575f5ffd5b50614807613d36565b835161481281613820565b8152602084015161482281613820565b6020820152604084015161483581613820565b604082015260608401519092506001600160401b03811115614855575f5ffd5b6148618582860161474a565b9150509250929050565b5f82601f83011261487a575f5ffd5b8135614888613e3d82613dfa565b81815284602083860101111561489c575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f82601f8301126148c7575f5ffd5b81356148d5613e3d82614728565b8082825260208201915060208360061b8601019250858311156148f6575f5ffd5b602085015b838110156147d55760408188031215614912575f5ffd5b61491a613d58565b813581526020808301358183015290845292909201916040016148fb565b5f60408284031215614948575f5ffd5b614950613d58565b905081356001600160401b03811115614967575f5ffd5b6149738482850161486b565b82525060209182013591810191909152919050565b5f60c08236031215614998575f5ffd5b6149a0613d7a565b823581526020808401359082015260408301356001600160401b038111156149c6575f5ffd5b6149d23682860161486b565b60408301525060608301356001600160401b038111156149f0575f5ffd5b6149fc3682860161486b565b60608301525060808301356001600160401b03811115614a1a575f5ffd5b614a26368286016148b8565b60808301525060a08301356001600160401b03811115614a44575f5ffd5b614a5036828601614938565b60a08301525092915050565b5f60208284031215614a6c575f5ffd5b815161075281613820565b5f8151808452602084019350602083015f5b82811015614029578151805187526020908101518188015260409096019590910190600101614a89565b5f815160408452614ac76040850182613934565b602093840151949093019390935250919050565b80518252602081015160208301525f604082015160c06040850152614b0360c0850182613934565b905060608301518482036060860152614b1c8282613934565b91505060808301518482036080860152614b368282614a77565b91505060a083015184820360a08601526141338282614ab3565b602081525f82516101606020840152614b6d610180840182614adb565b9050602084015160408401526040840151614b90606085018263ffffffff169052565b5060608401516001600160a01b038116608085015250608084015180516001600160a01b0390811660a08601526020820151811660c086015260408201511660e08501525060a08401516001600160a01b0381166101008501525060c084015161012084015260e0840151838203601f1901610140850152614c1282826144a9565b915050610100840151611ac761016085018263ffffffff169052565b5f60208284031215614c3e575f5ffd5b813561075281613a56565b80516005811061383f575f5ffd5b5f82601f830112614c66575f5ffd5b8151614c74613e3d82614728565b8082825260208201915060208360051b860101925085831115614c95575f5ffd5b602085015b838110156147d5578051835260209283019201614c9a565b5f82601f830112614cc1575f5ffd5b8151614ccf613e3d82614728565b80828252602082019150602060608402860101925085831115614cf0575f5ffd5b602085015b838110156147d55760608188031215614d0c575f5ffd5b614d14613d36565b815181526020820151614d2681613820565b602082810191909152604083810151908301529084529290920191606001614cf5565b805161383f81613a56565b5f82601f830112614d63575f5ffd5b8151614d71613e3d82614728565b8082825260208201915060208360051b860101925085831115614d92575f5ffd5b602085015b838110156147d5578051614daa81613820565b835260209283019201614d97565b5f60208284031215614dc8575f5ffd5b81516001600160401b03811115614ddd575f5ffd5b82016101008185031215614def575f5ffd5b614df7613d0d565b614e0082614c49565b81526020828101519082015260408201516001600160401b03811115614e24575f5ffd5b614e3086828501614c57565b60408301525060608201516001600160401b03811115614e4e575f5ffd5b614e5a86828501614cb2565b60608301525060808201516001600160401b03811115614e78575f5ffd5b614e848682850161474a565b60808301525060a08201516001600160401b03811115614ea2575f5ffd5b614eae8682850161474a565b60a083015250614ec060c08301614d49565b60c082015260e08201516001600160401b03811115614edd575f5ffd5b614ee986828501614d54565b60e083015250949350505050565b5f60208284031215614f07575f5ffd5b61075282613e72565b610140808252863590820152602086013561016082015260408601356101808201525f614f3f60608801613a67565b63ffffffff166101a0830152614f5760808801613834565b6001600160a01b03166101c0830152614f7260a08801613834565b6001600160a01b03166101e0830152614f8d60c08801613834565b6001600160a01b0316610200830152614fa860e08801613834565b6001600160a01b0316610220830152614fc5610100880188613f40565b6101a0610240850152614fdd6102e085018284613f88565b915050614fee610120890189613f40565b84830361013f1901610260860152615007838284613f88565b92505050615019610140890189613fb0565b84830361013f1901610280860152615032838284614164565b92505050615044610160890189613fb0565b84830361013f19016102a086015261505d838284613ff4565b9250505061506f610180890189614033565b83820361013f19016102c08501526150878282614050565b9150508660208401526150a560408401876001600160a01b03169052565b82810360608401526150b7818661452e565b9150506107676080830184613c29565b5f5f5f5f8486036101208112156150dc575f5ffd5b60c08112156150e9575f5ffd5b506150f2613d7a565b85516150fd81613820565b8152602086015161510d81613820565b6020820152604086015161512081613820565b6040820152606086015161513381613820565b6060820152608086015161514681613820565b608082015260a086015161515981613820565b60a082015260c08601519094506001600160401b03811115615179575f5ffd5b6151858782880161474a565b60e08701516101009097015195989097509350505050565b5f82601f8301126151ac575f5ffd5b81356151ba613e3d82614728565b8082825260208201915060208360061b8601019250858311156151db575f5ffd5b602085015b838110156147d557604081880312156151f7575f5ffd5b6151ff613d58565b81358152602082013561521181613820565b60208281019190915290845292909201916040016151e0565b5f6101a0823603121561523b575f5ffd5b615243613d9c565b82358152602080840135908201526040808401359082015261526760608401613a67565b606082015261527860808401613834565b608082015261528960a08401613834565b60a082015261529a60c08401613834565b60c08201526152ab60e08401613834565b60e08201526101008301356001600160401b038111156152c9575f5ffd5b6152d53682860161486b565b610100830152506101208301356001600160401b038111156152f5575f5ffd5b6153013682860161486b565b610120830152506101408301356001600160401b03811115615321575f5ffd5b61532d3682860161519d565b610140830152506101608301356001600160401b0381111561534d575f5ffd5b615359368286016148b8565b610160830152506101808301356001600160401b03811115615379575f5ffd5b61538536828601614938565b6101808301525092915050565b5f8151808452602084019350602083015f5b82811015614029578151805187526020908101516001600160a01b031681880152604090960195909101906001016153a4565b8051825260208101516020830152604081015160408301525f6060820151615407606085018263ffffffff169052565b50608082015161542260808501826001600160a01b03169052565b5060a082015161543d60a08501826001600160a01b03169052565b5060c082015161545860c08501826001600160a01b03169052565b5060e082015161547360e08501826001600160a01b03169052565b506101008201516101a06101008501526154916101a0850182613934565b90506101208301518482036101208601526154ac8282613934565b9150506101408301518482036101408601526154c88282615392565b9150506101608301518482036101608601526154e48282614a77565b9150506101808301518482036101808601526141338282614ab3565b602081525f82516101c0602084015261551d6101e08401826153d7565b905060208401516040840152604084015161553b6060850182613c29565b5060608401516001600160a01b0316610120840152608084015161014084015260a0840151838203601f190161016085015261557782826144a9565b91505060c084015161559261018085018263ffffffff169052565b5060e08401516101a0840152610100909301516101c0909201919091525090565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f600182016155ec576155ec6155c7565b5060010190565b600181811c9082168061560757607f821691505b60208210810361376f57634e487b7160e01b5f52602260045260245ffd5b828152604060208201525f613a4e6040830184613934565b5f82518060208501845e5f920191825250919050565b818103818111156106dd576106dd6155c7565b634e487b7160e01b5f52603160045260245ffdfe503cf060389b91af8851125bd70ce66d16d12330718b103fc7674ef6d27e70c9c879325803e3bffefede731d4ac4d9d80ed4879e9766730a29e9f0078a309090";

/** Byte offsets in the creation bytecode where each library's 20-byte address must be written. */
export const haloFactoryLinkReferences: Readonly<Record<string, readonly number[]>> = {"ClassDeployer":[10879],"LctsUnitDeployer":[8545]};
