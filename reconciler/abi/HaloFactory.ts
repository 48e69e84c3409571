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
export const haloFactoryBytecode: `0x${string}` = "0x610220604052348015610010575f5ffd5b5060405161623338038061623383398101604081905261002f91610686565b604080518082018252600b81526a48616c6f466163746f727960a81b602080830191909152825180840190935260018352603160f81b90830152906100758260026103db565b610120526100848160036103db565b61014052815160208084019190912060e052815190820120610100524660a05261011060e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05282516001600160a01b03166101615760405163f8b39ded60e01b815260206004820152600860248201526774696d656c6f636b60c01b60448201526064015b60405180910390fd5b60208301516001600160a01b03166101af5760405163f8b39ded60e01b815260206004820152601060248201526f74656d706c617465526567697374727960801b6044820152606401610158565b60408301516001600160a01b03166101f95760405163f8b39ded60e01b815260206004820152600c60248201526b68616c6f526567697374727960a01b6044820152606401610158565b60608301516001600160a01b03166102405760405163f8b39ded60e01b81526020600482015260096024820152686265616d537461746560b81b6044820152606401610158565b60808301516001600160a01b031661028a5760405163f8b39ded60e01b815260206004820152600c60248201526b31b7b73334b3bab930ba37b960a11b6044820152606401610158565b60a08301516001600160a01b03166102d55760405163f8b39ded60e01b815260206004820152600d60248201526c31b132b0b6a83937b837b9b2b960991b6044820152606401610158565b82516001600160a01b03908116610160526020840151811661018052604084015181166101a052606084015181166101c052608084015181166101e05260a084015116610200528251610329905f9061040d565b505f5b82518110156103875761037e7f503cf060389b91af8851125bd70ce66d16d12330718b103fc7674ef6d27e70c984838151811061036b5761036b61076a565b602002602001015161040d60201b60201c565b5060010161032c565b505f5b81518110156103d2576103c97f5ff1fb0ce9089603e6e193667ed17164e0360a6148f4a39fc194055588948a3183838151811061036b5761036b61076a565b5060010161038a565b50505050610914565b5f6020835110156103f6576103ef83610441565b9050610407565b816104018482610802565b5060ff90505b92915050565b5f80610419848461047e565b9050801561043a575f8481526001602052604090206104389084610525565b505b9392505050565b5f5f829050601f8151111561046b578260405163305a27a960e01b815260040161015891906108bc565b8051610476826108f1565b179392505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661051e575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556104d63390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610407565b505f610407565b5f61043a836001600160a01b0384165f81815260018301602052604081205461051e57508154600181810184555f848152602080822090930184905584548482528286019093526040902091909155610407565b634e487b7160e01b5f52604160045260245ffd5b60405160c081016001600160401b03811182821017156105af576105af610579565b60405290565b604051601f8201601f191681016001600160401b03811182821017156105dd576105dd610579565b604052919050565b80516001600160a01b03811681146105fb575f5ffd5b919050565b5f82601f83011261060f575f5ffd5b81516001600160401b0381111561062857610628610579565b8060051b610638602082016105b5565b91825260208185018101929081019086841115610653575f5ffd5b6020860192505b8383101561067c5761066b836105e5565b82526020928301929091019061065a565b9695505050505050565b5f5f5f83850361010081121561069a575f5ffd5b60c08112156106a7575f5ffd5b506106b061058d565b6106b9856105e5565b81526106c7602086016105e5565b60208201526106d8604086016105e5565b60408201526106e9606086016105e5565b60608201526106fa608086016105e5565b608082015261070b60a086016105e5565b60a082015260c08501519093506001600160401b0381111561072b575f5ffd5b61073786828701610600565b60e086015190935090506001600160401b03811115610754575f5ffd5b61076086828701610600565b9150509250925092565b634e487b7160e01b5f52603260045260245ffd5b600181811c9082168061079257607f821691505b6020821081036107b057634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156107fd57805f5260205f20601f840160051c810160208510156107db5750805b601f840160051c820191505b818110156107fa575f81556001016107e7565b50505b505050565b81516001600160401b0381111561081b5761081b610579565b61082f81610829845461077e565b846107b6565b6020601f821160018114610861575f831561084a5750848201515b5f19600385901b1c1916600184901b1784556107fa565b5f84815260208120601f198516915b828110156108905787850151825560209485019460019092019101610870565b50848210156108ad57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156107b0575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e05161020051615806610a2d5f395f818161033a015281816108680152818161100d015261231401525f81816102e601526122e501525f818161039b0152818161109a0152818161168f0152818161174e0152818161198e01526122b601525f81816103dd01528181610b04015281816115eb01528181611816015281816119bd01528181611fa9015261228701525f818161053901528181611c9f01528181612258015261264301525f818161064b01528181611912015261222901525f611f2b01525f611ef901525f6131f201525f6131ca01525f61312501525f61314f01525f61317901526158065ff3fe608060405234801561000f575f5ffd5b506004361061023f575f3560e01c8063839dcd0c11610135578063bfc1bbf5116100b4578063d33219b411610079578063d33219b414610646578063d547741f1461066d578063da4c610a14610680578063f3ca4a4914610693578063f4cda01d146106a6575f5ffd5b8063bfc1bbf5146105a8578063c1b8411a146105c7578063c5183be4146105db578063ca15c873146105fb578063cab7e8eb1461060e575f5ffd5b8063a0af81f0116100fa578063a0af81f014610534578063a217fddf1461055b578063a3246ad314610562578063a6b4d1d814610582578063b70e36f014610595575f5ffd5b8063839dcd0c146104ba57806384b0196e146104cd5780639010d07c146104e857806391d14854146104fb5780639938a7771461050e575f5ffd5b80633efa892b116101c15780636387925911610186578063638792591461044e5780636a80ff111461046e5780636f403a30146104815780637d79212014610494578063810edb30146104a7575f5ffd5b80633efa892b146103965780634519cd57146103bd57806346e08229146103d85780635dd8a33e146103ff5780635de7283d14610426575f5ffd5b80632b507df8116102075780632b507df8146102e15780632f2ff15d14610320578063306f9bed1461033557806336568abe1461035c5780633d111c7e1461036f575f5ffd5b806301ffc9a7146102435780630555c8f21461026b57806308abfdc41461028b5780630b78c36e146102ac578063248a9ca3146102bf575b5f5ffd5b610256610251366004613883565b6106b9565b60405190151581526020015b60405180910390f35b61027e6102793660046138d0565b6106e3565b604051610262919061393b565b61029e61029936600461398f565b610759565b604051908152602001610262565b61029e6102ba366004613a05565b610771565b61029e6102cd366004613a3a565b5f9081526020819052604090206001015490565b6103087f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610262565b61033361032e366004613a51565b61077f565b005b6103087f000000000000000000000000000000000000000000000000000000000000000081565b61033361036a366004613a51565b6107a9565b61029e7f5ff1fb0ce9089603e6e193667ed17164e0360a6148f4a39fc194055588948a3181565b6103087f000000000000000000000000000000000000000000000000000000000000000081565b6103c5600181565b60405161ffff9091168152602001610262565b6103087f000000000000000000000000000000000000000000000000000000000000000081565b61029e7f875bd701d7c3c8c515e81e3dce44b11441b109bf58ee3cb7d800be2bf81adc9181565b610308610434366004613a3a565b5f908152600660205260409020546001600160a01b031690565b61046161045c366004613a3a565b6107e1565b6040516102629190613aad565b61027e61047c366004613b27565b6108f2565b61029e61048f366004613b68565b610943565b61027e6104a2366004613bbd565b610972565b61029e6104b5366004613c0f565b610a64565b6103336104c8366004613a3a565b610a76565b6104d5610be1565b6040516102629796959493929190613c40565b6103086104f6366004613cd6565b610c23565b610256610509366004613a51565b610c3a565b61029e7e34bdb1e26331eb1ffb1a1c8b363d3416108c7b472741ec8dafbebe3279d7a881565b6103087f000000000000000000000000000000000000000000000000000000000000000081565b61029e5f81565b610575610570366004613a3a565b610c62565b6040516102629190613cf6565b610333610590366004613a3a565b610c7b565b6103336105a3366004613a3a565b610d41565b604080515f5c81526001600160a01b0360015c16602082015201610262565b61029e5f5160206157c65f395f51905f5281565b6105ee6105e9366004613d41565b610dd4565b6040516102629190613dbf565b61029e610609366004613a3a565b610e20565b61025661061c366004613dcd565b6001600160a01b03919091165f908152600560209081526040808320938352929052205460ff1690565b6103087f000000000000000000000000000000000000000000000000000000000000000081565b61033361067b366004613a51565b610e36565b6105ee61068e366004613df7565b610e5a565b6105ee6106a1366004613bbd565b610e8c565b6104616106b4366004613a51565b610fdf565b5f6001600160e01b03198216635a05180f60e01b14806106dd57506106dd82611113565b92915050565b604080516060810182525f8082526020820181905291810191909152610707611147565b6107318261072c868661071d6020850185613e29565b876020013588604001356111b6565b61128d565b61074884846107436020860186613e29565b611423565b9050610752611b7b565b9392505050565b5f61076786868686866111b6565b9695505050505050565b5f6107678686868686611ba5565b5f8281526020819052604090206001015461079981611c02565b6107a38383611c0f565b50505050565b6001600160a01b03811633146107d25760405163334bd91960e11b815260040160405180910390fd5b6107dc8282611c42565b505050565b6107e96137bd565b5f828152600460205260408120906001820154600160c01b900460ff16600281111561081757610817613e44565b0361083d576040516389b85a0d60e01b8152600481018490526024015b60405180910390fd5b6002810154604051637df35ca760e01b8152600481018590526001600160a01b0391821660248201527f000000000000000000000000000000000000000000000000000000000000000090911690637df35ca7906044015f60405180830381865afa1580156108ae573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526108d59190810190613fe0565b60019091015460ff600160c81b909104161560e082015292915050565b604080516060810182525f8082526020820181905291810191909152610916611147565b5f5160206157c65f395f51905f5261092d81611c02565b610938848433611423565b9150506106dd611b7b565b5f8160405160200161095591906141e2565b604051602081830303815290604052805190602001209050919050565b604080516060810182525f808252602082018190529181018290529061099a87876001611c6d565b90505f5160206157e65f395f51905f528160200151146109d5578060200151604051630918b2ef60e11b815260040161083491815260200190565b60608101516109f8816d2430b637a9b430b932aa37b5b2b760911b888888611d55565b6001600160a01b03168352610a21816d537562736372696265517565756560901b888888611d55565b6001600160a01b03166020840152610a4a816a52656465656d517565756560a81b888888611d55565b6001600160a01b0316604084015250909695505050505050565b5f8160405160200161095591906142f5565b610a8d5f5160206157c65f395f51905f5233610c3a565b158015610ac15750610abf7f5ff1fb0ce9089603e6e193667ed17164e0360a6148f4a39fc194055588948a3133610c3a565b155b15610ae15760405163784c0c8b60e01b8152336004820152602401610834565b80610aff576040516327230bcb60e11b815260040160405180910390fd5b610b297f000000000000000000000000000000000000000000000000000000000000000082611daf565b15610b4a57604051632f9b836560e21b815260048101829052602401610834565b5f818152600660205260409020546001600160a01b03168015610b925760405163ac82506d60e01b8152600481018390526001600160a01b0382166024820152604401610834565b5f8281526006602052604080822080546001600160a01b031916339081179091559051909184917f3cc2eb343655b0db13227db76342f544e69f6126052c0970de75a604f11918f29190a35050565b5f6060805f5f5f6060610bf2611ef2565b610bfa611f24565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f8281526001602052604081206107529083611f51565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f8181526001602052604090206060906106dd90611f5c565b5f818152600660205260409020546001600160a01b0316801580610cba5750336001600160a01b03821614801590610cba5750610cb85f33610c3a565b155b15610ce1576040516374af9c7b60e01b815260048101839052336024820152604401610834565b5f8281526006602090815260409182902080546001600160a01b031916905590513381526001600160a01b0383169184917f56839fae57c7e6ee87ea834be7ca522335bb3b13dcf5713e5199883894cce4dd910160405180910390a35050565b335f90815260056020908152604080832084845290915290205460ff1615610d8557604051637ee434fd60e01b815233600482015260248101829052604401610834565b335f818152600560209081526040808320858452909152808220805460ff19166001179055518392917f1800cd2301fbc20790ed94f3d55a28ef2306a9c31cd3c72b5b71b6e4cf5c624191a350565b610ddc613806565b610de4611147565b610e098261072c8686610dfa6020850185613e29565b87602001358860400135611ba5565b6107488484610e1b6020860186613e29565b611f68565b5f8181526001602052604081206106dd90612483565b5f82815260208190526040902060010154610e5081611c02565b6107a38383611c42565b610e62613806565b610e6a611147565b5f5160206157c65f395f51905f52610e8181611c02565b610938848433611f68565b610e94613806565b5f610ea087875f611c6d565b9050610eaf816020015161248c565b6060810151610ecc8167414c4d50726f787960c01b888888611d55565b6001600160a01b03168352610ef18169526174654c696d69747360b01b888888611d55565b6001600160a01b03166020840152610f1d816d2430b637a1b7b73a3937b63632b960911b888888611d55565b6001600160a01b0316604084015260208201517f28be13efe402cf9ccd7d2906325e8ec00518dd0d163f30cd2f30f03d939e419c01610fd457610f72816b4e666174466163696c69747960a01b888888611d55565b6001600160a01b03166060840152610f9d816c273330ba2232b0b62a37b5b2b760991b888888611d55565b6001600160a01b03166080840152610fc581694e66617452656465656d60b01b888888611d55565b6001600160a01b031660a08401525b505095945050505050565b610fe76137bd565b604051637df35ca760e01b8152600481018490526001600160a01b0383811660248301527f00000000000000000000000000000000000000000000000000000000000000001690637df35ca7906044015f60405180830381865afa158015611051573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526110789190810190613fe0565b60405163901bb3f360e01b81526001600160a01b0384811660048301529192507f00000000000000000000000000000000000000000000000000000000000000009091169063901bb3f390602401602060405180830381865afa1580156110e1573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611105919061446f565b60011460e082015292915050565b5f6001600160e01b03198216637965db0b60e01b14806106dd57506301ffc9a760e01b6001600160e01b03198316146106dd565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561118757604051633ee5aeb560e01b815260040160405180910390fd5b6111b460017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906124ea565b565b6020808601355f908152600490915260408120816001820154600160c01b900460ff1660028111156111ea576111ea613e44565b0361120e576040516389b85a0d60e01b815260208801356004820152602401610834565b80546001820154611282917f875bd701d7c3c8c515e81e3dce44b11441b109bf58ee3cb7d800be2bf81adc919188919063ffffffff1661124d8c610943565b8b8a8a604051602001611267989796959493929190614486565b604051602081830303815290604052805190602001206124f1565b979650505050505050565b5f61129b6020840184613e29565b905082602001354211156112ce576040516348e396ff60e11b815260208401356004820152426024820152604401610834565b6112f87f5ff1fb0ce9089603e6e193667ed17164e0360a6148f4a39fc194055588948a3182610c3a565b6113205760405163cbddbfe560e01b81526001600160a01b0382166004820152602401610834565b6001600160a01b0381165f90815260056020908152604080832086820135845290915290205460ff161561137c5760408051637ee434fd60e01b81526001600160a01b0383166004820152908401356024820152604401610834565b6113c7818361138e60608701876144cb565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061251d92505050565b6113ef57604051630b5dfa5760e31b81526001600160a01b0382166004820152602401610834565b6001600160a01b03165f90815260056020908152604080832094810135835293905291909120805460ff1916600117905550565b604080516060810182525f808252602082018190529181019190915283358061145f576040516327230bcb60e11b815260040160405180910390fd5b6020858101355f90815260048252604080822081516101208101835281548152600182015463ffffffff81169582019590955264010000000085046001600160a01b03169281019290925291929091906060830190600160c01b900460ff1660028111156114cf576114cf613e44565b60028111156114e0576114e0613e44565b81526001820154600160c81b900460ff161515602082015260028201546001600160a01b03908116604083015260038301548116606083015260048301548116608083015260059092015490911660a09091015290505f8160600151600281111561154d5761154d613e44565b03611571576040516389b85a0d60e01b815260208701356004820152602401610834565b60018160600151600281111561158957611589613e44565b146115e657604051631b01c01760e01b8152602087013560048201525f5160206157e65f395f51905f5260248201527fd741ec101bfd30633282d6f9cda1713ffae722f2e9c0cf32d0cf0fc26c61be646044820152606401610834565b6116107f000000000000000000000000000000000000000000000000000000000000000083611daf565b156116315760405163a63fbeb760e01b815260048101839052602401610834565b61163b828561258d565b5f61164f825f015183602001516001612611565b905061166b611661608089018961450d565b83608001516127be565b60c0820151604051633d0a63e960e11b81526001600160a01b0391821660048201527f000000000000000000000000000000000000000000000000000000000000000090911690637a14c7d290602401602060405180830381865afa1580156116d6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116fa919061446f565b5f0361172a5760c0820151604051633896328160e01b81526001600160a01b039091166004820152602401610834565b6040828101519051636d46114f60e11b81526001600160a01b0391821660048201527f00000000000000000000000000000000000000000000000000000000000000009091169063da8c229e90602401602060405180830381865afa158015611795573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117b9919061446f565b5f036117e957604080830151905163236f20b960e11b81526001600160a01b039091166004820152602401610834565b604051630d83b86960e41b815260208801356004820152686c7068612d6c63747360b81b60248201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063d83b869090604401602060405180830381865afa158015611863573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118879190614552565b90506001600160a01b038116156118a9576001600160a01b0381166101008401525b606073__$eeee79e59d8dc6341e10b45c7a031f2734$__634b238fb58a8a8a876119ef8a6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c08101919091526040518060e001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020018361010001516001600160a01b031681526020018360e001516001600160a01b0316815260200183604001516001600160a01b031681526020018360c001516001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152509050919050565b6040518663ffffffff1660e01b8152600401611a0f959493929190614744565b5f60405180830381865af4158015611a29573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052611a509190810190614945565b8092508197505050886020013585600161ffff167fd5ddd96e694ef60ba2f0c34e5d7160e53c65c57cd2f353b7e1e842e336263cd26040518061012001604052808e611a9b90614aee565b8152602001895f01518152602001896020015163ffffffff16815260200189604001516001600160a01b031663ec5568896040518163ffffffff1660e01b8152600401602060405180830381865afa158015611af9573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b1d9190614552565b6001600160a01b031681526020018b81526020018c6001600160a01b031681526020018d81526020018681526020018860c0015163ffffffff16815250604051611b679190614c9b565b60405180910390a450505050509392505050565b6111b45f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006111ae565b5f6107677e34bdb1e26331eb1ffb1a1c8b363d3416108c7b472741ec8dafbebe3279d7a8856040890135611bdf60808b0160608c01614d79565b611be88b610a64565b8a8989604051602001611267989796959493929190614486565b611c0c81336129cc565b50565b5f5f611c1b8484612a09565b90508015610752575f848152600160205260409020611c3a9084612a98565b509392505050565b5f5f611c4e8484612aac565b90508015610752575f848152600160205260409020611c3a9084612b15565b611c7561383a565b604051636a8dabd360e01b81526004810185905263ffffffff8416602482015282151560448201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636a8dabd3906064015f60405180830381865afa158015611ceb573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052611d129190810190614f03565b90505f81516004811115611d2857611d28613e44565b036107525760405163064bd7c360e31b81526004810185905263ffffffff84166024820152604401610834565b5f610767611d638787612b29565b602090810151604080518084018990528082018890526001600160a01b038716606082015260808082018b90528251808303909101815260a09091019091528051920191909120612bc8565b604051636caa470760e01b8152600481018290525f906001600160a01b03841690636caa470790602401602060405180830381865afa158015611df4573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e189190615042565b80611e85575060405163b0db18ad60e01b8152600481018390526001600160a01b0384169063b0db18ad90602401602060405180830381865afa158015611e61573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e859190615042565b8061075257506040516352dc92e960e11b8152600481018390526001600160a01b0384169063a5b925d290602401602060405180830381865afa158015611ece573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107529190615042565b6060611f1f7f00000000000000000000000000000000000000000000000000000000000000006002612c30565b905090565b6060611f1f7f00000000000000000000000000000000000000000000000000000000000000006003612c30565b5f6107528383612cd9565b60605f61075283612cff565b611f70613806565b833580611f90576040516327230bcb60e11b815260040160405180910390fd5b6040516352dc92e960e11b8152602086013560048201527f0000000000000000000000000000000000000000000000000000000000000000906001600160a01b0382169063a5b925d290602401602060405180830381865afa158015611ff8573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061201c9190615042565b61203f5760405163236d13db60e01b815260208701356004820152602401610834565b6120498183611daf565b1561206a57604051630e6625ff60e11b815260048101839052602401610834565b612074828561258d565b5f612086610100880160e08901613e29565b6001600160a01b0316036120cc5760405163f8b39ded60e01b815260206004820152600c60248201526b19195c1bdcda5d105cdcd95d60a21b6044820152606401610834565b5f6120dd60e0880160c08901613e29565b6001600160a01b03160361211d5760405163f8b39ded60e01b8152602060048201526006602482015265676f764f707360d01b6044820152606401610834565b5f61213c604088013561213660808a0160608b01614d79565b5f612611565b905061214b816020015161248c565b61216961215f610100890160e08a01613e29565b8260e00151612d58565b61217a61166161016089018961450d565b61219561218b61014089018961450d565b8360400151612de8565b82805f5d506121aa60e0880160c08901613e29565b6001805c6001600160a01b0319166001600160a01b03831617905d5060605f5f73__$a7949b05448a27b0459aef19b9dedb1b81$__6333b58c8a8b8b8b886123446040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091526040518060c001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316815250905090565b6040518663ffffffff1660e01b815260040161236495949392919061505b565b5f60405180830381865af415801561237e573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526123a59190810190615212565b929950909450925090505f80805d505f6001805c6001600160a01b031916905d506123d48a8589851515612f72565b896020013586600161ffff167f0dc45615c5136163273f149e6f5f72fd5876c8ecdcf2740c82410786c5bfbbe06040518061012001604052808f61241790615375565b8152602001896020015181526020018c81526020018d6001600160a01b031681526020018e81526020018881526020018960c0015163ffffffff1681526020018781526020018681525060405161246e919061564b565b60405180910390a45050505050509392505050565b5f6106dd825490565b5f5160206157e65f395f51905f5281141580156124c957507fd741ec101bfd30633282d6f9cda1713ffae722f2e9c0cf32d0cf0fc26c61be648114155b15611c0c57604051630918b2ef60e11b815260048101829052602401610834565b80825d5050565b5f6106dd6124fd613119565b8360405161190160f01b8152600281019290925260228201526042902090565b5f836001600160a01b03163b5f0361257b575f5f61253b8585613242565b5090925090505f81600381111561255457612554613e44565b1480156125725750856001600160a01b0316826001600160a01b0316145b92505050610752565b61258684848461328b565b9050610752565b5f828152600660205260409020546001600160a01b0316806125ae57505050565b816001600160a01b0316816001600160a01b0316146125f25760405163ac82506d60e01b8152600481018490526001600160a01b0382166024820152604401610834565b50505f90815260066020526040902080546001600160a01b0319169055565b61261961383a565b604051636a8dabd360e01b81526004810185905263ffffffff8416602482015282151560448201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636a8dabd3906064015f60405180830381865afa15801561268f573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526126b69190810190614f03565b80519091505f8160048111156126ce576126ce613e44565b036126fb5760405163064bd7c360e31b81526004810186905263ffffffff85166024820152604401610834565b600181600481111561270f5761270f613e44565b0361273c5760405163769c4d7f60e11b81526004810186905263ffffffff85166024820152604401610834565b600381600481111561275057612750613e44565b0361277d57604051638ebe9b4760e01b81526004810186905263ffffffff85166024820152604401610834565b600481600481111561279157612791613e44565b03611c3a57604051637464ae6760e01b81526004810186905263ffffffff85166024820152604401610834565b5f5b82811015612988575f8484838181106127db576127db6156fe565b604002919091013591505f90505b828110156128365781868683818110612804576128046156fe565b9050604002015f01350361282e57604051632e79e8bb60e21b815260048101839052602401610834565b6001016127e9565b505f5b835181108015612865575081848281518110612857576128576156fe565b60200260200101515f015114155b1561287a5761287381615726565b9050612839565b8351810361289e576040516339414d1160e11b815260048101839052602401610834565b5f8686858181106128b1576128b16156fe565b9050604002016020013590508482815181106128cf576128cf6156fe565b60200260200101516020015181108061290457508482815181106128f5576128f56156fe565b60200260200101516040015181115b1561297a57828186848151811061291d5761291d6156fe565b60200260200101516020015187858151811061293b5761293b6156fe565b6020026020010151604001516040516344bc48a960e01b8152600401610834949392919093845260208401929092526040830152606082015260800190565b5050508060010190506127c0565b50805182146107dc575f5b81518110156107a3576129c384848484815181106129b3576129b36156fe565b60200260200101515f0151613361565b50600101612993565b6129d68282610c3a565b612a055760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610834565b5050565b5f612a148383610c3a565b612a91575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055612a493390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016106dd565b505f6106dd565b5f610752836001600160a01b0384166133d6565b5f612ab78383610c3a565b15612a91575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016106dd565b5f610752836001600160a01b03841661341b565b612b5360405180606001604052805f81526020015f6001600160a01b031681526020015f81525090565b5f5b8351811015612bab5782848281518110612b7157612b716156fe565b60200260200101515f015103612ba357838181518110612b9357612b936156fe565b60200260200101519150506106dd565b600101612b55565b5060405163a417080f60e01b815260048101839052602401610834565b6040513060388201526f5af43d82803e903d91602b57fd5bf3ff602482015260148101839052733d602d80600a3d3981f3363d3d373d3d3d363d738152605881018290526037600c820120607882015260556043909101205f906001600160a01b0316610752565b606060ff8314612c4a57612c43836134fe565b90506106dd565b818054612c569061573e565b80601f0160208091040260200160405190810160405280929190818152602001828054612c829061573e565b8015612ccd5780601f10612ca457610100808354040283529160200191612ccd565b820191905f5260205f20905b815481529060010190602001808311612cb057829003601f168201915b505050505090506106dd565b5f825f018281548110612cee57612cee6156fe565b905f5260205f200154905092915050565b6060815f01805480602002602001604051908101604052809291908181526020018280548015612d4c57602002820191905f5260205f20905b815481526020019060010190808311612d38575b50505050509050919050565b805115612ddf575f5b815181108015612d9c5750826001600160a01b0316828281518110612d8857612d886156fe565b60200260200101516001600160a01b031614155b15612db157612daa81615726565b9050612d61565b81518103612ddd576040516336af4e0d60e01b81526001600160a01b0384166004820152602401610834565b505b6107dc8261353b565b5f5b82811015612f31575f848483818110612e0557612e056156fe565b604002919091013591505f90505b82811015612e605781868683818110612e2e57612e2e6156fe565b9050604002015f013503612e585760405163efe24bc760e01b815260048101839052602401610834565b600101612e13565b505f805b8451811015612e9a5782858281518110612e8057612e806156fe565b602002602001015103612e9257600191505b600101612e64565b5080612ebc57604051638a3de8d760e01b815260048101839052602401610834565b5f868685818110612ecf57612ecf6156fe565b9050604002016020016020810190612ee79190613e29565b6001600160a01b031603612f275760405163f8b39ded60e01b81526020600482015260066024820152653132b0b1b7b760d11b6044820152606401610834565b5050600101612dea565b50805182146107dc575f5b81518110156107a357612f698484848481518110612f5c57612f5c6156fe565b602002602001015161364b565b50600101612f3c565b60208084015185355f90815260049092526040918290209186013582555f5160206157e65f395f51905f521490612faf6080870160608801614d79565b60018201805460408701516001600160a01b0316640100000000026001600160c01b031990911663ffffffff939093169290921791909117905581612ff5576002612ff8565b60015b60018201805460ff60c01b1916600160c01b83600281111561301c5761301c613e44565b021790555060018101805460ff60c81b1916600160c81b8515150217905561304a60e0870160c08801613e29565b6002820180546001600160a01b0319166001600160a01b039290921691909117905581156131115760208401516003820180546001600160a01b0319166001600160a01b039092169190911790556130a9610100870160e08801613e29565b6004820180546001600160a01b0319166001600160a01b03929092169190911790556130ee6130dc61014088018861450d565b686c7068612d6c63747360b81b61364b565b6005820180546001600160a01b0319166001600160a01b03929092169190911790555b505050505050565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561317157507f000000000000000000000000000000000000000000000000000000000000000046145b1561319b57507f000000000000000000000000000000000000000000000000000000000000000090565b611f1f604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f5f8351604103613279576020840151604085015160608601515f1a61326b888285856136ce565b955095509550505050613284565b505081515f91506002905b9250925092565b5f5f5f856001600160a01b031685856040516024016132ab929190615770565b60408051601f198184030181529181526020820180516001600160e01b0316630b135d3f60e11b179052516132e09190615788565b5f60405180830381855afa9150503d805f8114613318576040519150601f19603f3d011682016040523d82523d5f602084013e61331d565b606091505b509150915081801561333157506020815110155b801561076757508051630b135d3f60e11b90613356908301602090810190840161446f565b149695505050505050565b5f805b838110156133b9578285858381811061337f5761337f6156fe565b9050604002015f0135036133b15784848281811061339f5761339f6156fe565b90506040020160200135915050610752565b600101613364565b5060405163e07fb14960e01b815260048101839052602401610834565b5f818152600183016020526040812054612a9157508154600181810184555f8481526020808220909301849055845484825282860190935260409020919091556106dd565b5f81815260018301602052604081205480156134f5575f61343d60018361579e565b85549091505f906134509060019061579e565b90508082146134af575f865f01828154811061346e5761346e6156fe565b905f5260205f200154905080875f01848154811061348e5761348e6156fe565b5f918252602080832090910192909255918252600188019052604090208390555b85548690806134c0576134c06157b1565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f9055600193505050506106dd565b5f9150506106dd565b60605f61350a83613796565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b60408051600481526024810182526020810180516001600160e01b031663313ce56760e01b17905290515f91829182916001600160a01b038616916135809190615788565b5f60405180830381855afa9150503d805f81146135b8576040519150601f19603f3d011682016040523d82523d5f602084013e6135bd565b606091505b50915091508115806135d157508051602014155b156135fa576040516303f63a5960e11b81526001600160a01b0385166004820152602401610834565b8080602001905181019061360e919061446f565b9250602483111561364457604051631980277960e31b81526001600160a01b038516600482015260248101849052604401610834565b5050919050565b5f805b838110156136b15782858583818110613669576136696156fe565b9050604002015f0135036136a957848482818110613689576136896156fe565b90506040020160200160208101906136a19190613e29565b915050610752565b60010161364e565b5060405163074f0b8160e11b815260048101839052602401610834565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561370757505f9150600390508261378c565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015613758573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661378357505f92506001915082905061378c565b92505f91508190505b9450945094915050565b5f60ff8216601f8111156106dd57604051632cd44ac360e21b815260040160405180910390fd5b6040518061010001604052805f81526020015f6001600160a01b031681526020015f8152602001606081526020015f81526020015f81526020015f81526020015f151581525090565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a081019190915290565b604080516101008101909152805f81526020015f8152602001606081526020016060815260200160608152602001606081526020015f63ffffffff168152602001606081525090565b5f60208284031215613893575f5ffd5b81356001600160e01b031981168114610752575f5ffd5b5f60c082840312156138ba575f5ffd5b50919050565b5f608082840312156138ba575f5ffd5b5f5f5f606084860312156138e2575f5ffd5b83356001600160401b038111156138f7575f5ffd5b613903868287016138aa565b9350506020840135915060408401356001600160401b03811115613925575f5ffd5b613931868287016138c0565b9150509250925092565b606081016106dd828480516001600160a01b03908116835260208083015182169084015260409182015116910152565b6001600160a01b0381168114611c0c575f5ffd5b803561398a8161396b565b919050565b5f5f5f5f5f60a086880312156139a3575f5ffd5b85356001600160401b038111156139b8575f5ffd5b6139c4888289016138aa565b9550506020860135935060408601356139dc8161396b565b94979396509394606081013594506080013592915050565b5f6101a082840312156138ba575f5ffd5b5f5f5f5f5f60a08688031215613a19575f5ffd5b85356001600160401b03811115613a2e575f5ffd5b6139c4888289016139f4565b5f60208284031215613a4a575f5ffd5b5035919050565b5f5f60408385031215613a62575f5ffd5b823591506020830135613a748161396b565b809150509250929050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081528151602082015260018060a01b036020830151166040820152604082015160608201525f60608301516101006080840152613af0610120840182613a7f565b9050608084015160a084015260a084015160c084015260c084015160e084015260e084015115156101008401528091505092915050565b5f5f60408385031215613b38575f5ffd5b82356001600160401b03811115613b4d575f5ffd5b613b59858286016138aa565b95602094909401359450505050565b5f60208284031215613b78575f5ffd5b81356001600160401b03811115613b8d575f5ffd5b613b99848285016138aa565b949350505050565b63ffffffff81168114611c0c575f5ffd5b803561398a81613ba1565b5f5f5f5f5f60a08688031215613bd1575f5ffd5b853594506020860135613be381613ba1565b935060408601359250606086013591506080860135613c018161396b565b809150509295509295909350565b5f60208284031215613c1f575f5ffd5b81356001600160401b03811115613c34575f5ffd5b613b99848285016139f4565b60ff60f81b8816815260e060208201525f613c5e60e0830189613a7f565b8281036040840152613c708189613a7f565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015613cc5578351835260209384019390920191600101613ca7565b50909b9a5050505050505050505050565b5f5f60408385031215613ce7575f5ffd5b50508035926020909101359150565b602080825282518282018190525f918401906040840190835b81811015613d365783516001600160a01b0316835260209384019390920191600101613d0f565b509095945050505050565b5f5f5f60608486031215613d53575f5ffd5b83356001600160401b03811115613d68575f5ffd5b613903868287016139f4565b80516001600160a01b03908116835260208083015182169084015260408083015182169084015260608083015182169084015260808083015182169084015260a09182015116910152565b60c081016106dd8284613d74565b5f5f60408385031215613dde575f5ffd5b8235613de98161396b565b946020939093013593505050565b5f5f60408385031215613e08575f5ffd5b82356001600160401b03811115613e1d575f5ffd5b613b59858286016139f4565b5f60208284031215613e39575f5ffd5b81356107528161396b565b634e487b7160e01b5f52602160045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b60405161010081016001600160401b0381118282101715613e8f57613e8f613e58565b60405290565b604051606081016001600160401b0381118282101715613e8f57613e8f613e58565b604080519081016001600160401b0381118282101715613e8f57613e8f613e58565b60405160c081016001600160401b0381118282101715613e8f57613e8f613e58565b6040516101a081016001600160401b0381118282101715613e8f57613e8f613e58565b604051601f8201601f191681016001600160401b0381118282101715613f4657613f46613e58565b604052919050565b805161398a8161396b565b5f6001600160401b03821115613f7157613f71613e58565b50601f01601f191660200190565b5f82601f830112613f8e575f5ffd5b8151613fa1613f9c82613f59565b613f1e565b818152846020838601011115613fb5575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b8051801515811461398a575f5ffd5b5f60208284031215613ff0575f5ffd5b81516001600160401b03811115614005575f5ffd5b82016101008185031215614017575f5ffd5b61401f613e6c565b8151815261402f60208301613f4e565b60208201526040828101519082015260608201516001600160401b03811115614056575f5ffd5b61406286828501613f7f565b6060830152506080828101519082015260a0808301519082015260c0808301519082015261409260e08301613fd1565b60e0820152949350505050565b5f5f8335601e198436030181126140b4575f5ffd5b83016020810192503590506001600160401b038111156140d2575f5ffd5b8036038213156140e0575f5ffd5b9250929050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b5f5f8335601e19843603018112614124575f5ffd5b83016020810192503590506001600160401b03811115614142575f5ffd5b8060061b36038213156140e0575f5ffd5b8183526020830192505f815f5b8481101561418857813586526020808301359087015260409586019590910190600101614160565b5093949350505050565b5f8235603e198336030181126141a6575f5ffd5b90910192915050565b5f6141ba828361409f565b604085526141cc6040860182846140e7565b6020948501359590940194909452509092915050565b60208082528235828201528201356040808301919091525f906142079084018461409f565b60c0606085015261421c60e0850182846140e7565b91505061422c606085018561409f565b848303601f190160808601526142438382846140e7565b92505050614254608085018561410f565b848303601f190160a086015261426b838284614153565b9250505061427c60a0850185614192565b838203601f190160c085015261429282826141af565b95945050505050565b8035825260208101356142ad8161396b565b6001600160a01b03166020929092019190915250565b8183526020830192505f815f5b84811015614188576142e2868361429b565b60409586019591909101906001016142d0565b60208082528235828201528201356040808301919091528201356060808301919091525f90614325908401613bb2565b63ffffffff811660808401525061433e6080840161397f565b6001600160a01b03811660a08401525061435a60a0840161397f565b6001600160a01b03811660c08401525061437660c0840161397f565b6001600160a01b03811660e08401525061439260e0840161397f565b6001600160a01b038116610100840152506143b161010084018461409f565b6101a06101208501526143c96101c0850182846140e7565b9150506143da61012085018561409f565b848303601f19016101408601526143f28382846140e7565b9250505061440461014085018561410f565b848303601f190161016086015261441c8382846142c3565b9250505061442e61016085018561410f565b848303601f1901610180860152614446838284614153565b92505050614458610180850185614192565b838203601f19016101a085015261429282826141af565b5f6020828403121561447f575f5ffd5b5051919050565b9788526001600160a01b03969096166020880152604087019490945263ffffffff929092166060860152608085015260a084015260c083015260e08201526101000190565b5f5f8335601e198436030181126144e0575f5ffd5b8301803591506001600160401b038211156144f9575f5ffd5b6020019150368190038213156140e0575f5ffd5b5f5f8335601e19843603018112614522575f5ffd5b8301803591506001600160401b0382111561453b575f5ffd5b6020019150600681901b36038213156140e0575f5ffd5b5f60208284031215614562575f5ffd5b81516107528161396b565b6005811061458957634e487b7160e01b5f52602160045260245ffd5b9052565b5f8151808452602084019350602083015f5b8281101561418857815186526020958601959091019060010161459f565b5f8151808452602084019350602083015f5b82811015614188578151805187526020808201516001600160a01b03168189015260409182015191880191909152606090960195909101906001016145cf565b5f8151808452602084019350602083015f5b8281101561418857815180518752602081015160208801526040810151604088015250606086019550602082019150600181019050614621565b5f8151808452602084019350602083015f5b828110156141885781516001600160a01b031686526020958601959091019060010161466d565b61469f82825161456d565b602081015160208301525f604082015161010060408501526146c561010085018261458d565b9050606083015184820360608601526146de82826145bd565b915050608083015184820360808601526146f8828261460f565b91505060a083015184820360a0860152614712828261460f565b91505060c083015161472c60c086018263ffffffff169052565b5060e083015184820360e0860152614292828261465b565b61016080825286359082015260208601356101808201525f614769604088018861409f565b60c06101a0850152614780610220850182846140e7565b915050614790606089018961409f565b84830361015f19016101c08601526147a98382846140e7565b925050506147ba608089018961410f565b84830361015f19016101e08601526147d3838284614153565b925050506147e460a0890189614192565b83820361015f19016102008501526147fc82826141af565b91505086602084015261481a60408401876001600160a01b03169052565b828103606084015261482c8186614694565b915050610767608083018480516001600160a01b03908116835260208083015182169084015260408083015182169084015260608083015182169084015260808083015182169084015260a08083015182169084015260c09182015116910152565b5f6001600160401b038211156148a6576148a6613e58565b5060051b60200190565b5f82601f8301126148bf575f5ffd5b8151602083015f6148d2613f9c8461488e565b8381526060909302820192905060208101868411156148ef575f5ffd5b8383101561493b575f60608489031215614907575f5ffd5b61490f613e95565b8451815260208086015181830152604080870151908301529083526060909401939190910190506148ef565b5095945050505050565b5f5f8284036080811215614957575f5ffd5b6060811215614964575f5ffd5b5061496d613e95565b83516149788161396b565b815260208401516149888161396b565b6020820152604084015161499b8161396b565b604082015260608401519092506001600160401b038111156149bb575f5ffd5b6149c7858286016148b0565b9150509250929050565b5f82601f8301126149e0575f5ffd5b81356149ee613f9c82613f59565b818152846020838601011115614a02575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f82601f830112614a2d575f5ffd5b8135614a3b613f9c8261488e565b8082825260208201915060208360061b860101925085831115614a5c575f5ffd5b602085015b8381101561493b5760408188031215614a78575f5ffd5b614a80613eb7565b81358152602080830135818301529084529290920191604001614a61565b5f60408284031215614aae575f5ffd5b614ab6613eb7565b905081356001600160401b03811115614acd575f5ffd5b614ad9848285016149d1565b82525060209182013591810191909152919050565b5f60c08236031215614afe575f5ffd5b614b06613ed9565b823581526020808401359082015260408301356001600160401b03811115614b2c575f5ffd5b614b38368286016149d1565b60408301525060608301356001600160401b03811115614b56575f5ffd5b614b62368286016149d1565b60608301525060808301356001600160401b03811115614b80575f5ffd5b614b8c36828601614a1e565b60808301525060a08301356001600160401b03811115614baa575f5ffd5b614bb636828601614a9e565b60a08301525092915050565b5f8151808452602084019350602083015f5b82811015614188578151805187526020908101518188015260409096019590910190600101614bd4565b5f815160408452614c126040850182613a7f565b602093840151949093019390935250919050565b80518252602081015160208301525f604082015160c06040850152614c4e60c0850182613a7f565b905060608301518482036060860152614c678282613a7f565b91505060808301518482036080860152614c818282614bc2565b91505060a083015184820360a08601526142928282614bfe565b602081525f82516101606020840152614cb8610180840182614c26565b9050602084015160408401526040840151614cdb606085018263ffffffff169052565b5060608401516001600160a01b038116608085015250608084015180516001600160a01b0390811660a08601526020820151811660c086015260408201511660e08501525060a08401516001600160a01b0381166101008501525060c084015161012084015260e0840151838203601f1901610140850152614d5d828261460f565b915050610100840151611c3a61016085018263ffffffff169052565b5f60208284031215614d89575f5ffd5b813561075281613ba1565b80516005811061398a575f5ffd5b5f82601f830112614db1575f5ffd5b8151614dbf613f9c8261488e565b8082825260208201915060208360051b860101925085831115614de0575f5ffd5b602085015b8381101561493b578051835260209283019201614de5565b5f82601f830112614e0c575f5ffd5b8151614e1a613f9c8261488e565b80828252602082019150602060608402860101925085831115614e3b575f5ffd5b602085015b8381101561493b5760608188031215614e57575f5ffd5b614e5f613e95565b815181526020820151614e718161396b565b602082810191909152604083810151908301529084529290920191606001614e40565b805161398a81613ba1565b5f82601f830112614eae575f5ffd5b8151614ebc613f9c8261488e565b8082825260208201915060208360051b860101925085831115614edd575f5ffd5b602085015b8381101561493b578051614ef58161396b565b835260209283019201614ee2565b5f60208284031215614f13575f5ffd5b81516001600160401b03811115614f28575f5ffd5b82016101008185031215614f3a575f5ffd5b614f42613e6c565b614f4b82614d94565b81526020828101519082015260408201516001600160401b03811115614f6f575f5ffd5b614f7b86828501614da2565b60408301525060608201516001600160401b03811115614f99575f5ffd5b614fa586828501614dfd565b60608301525060808201516001600160401b03811115614fc3575f5ffd5b614fcf868285016148b0565b60808301525060a08201516001600160401b03811115614fed575f5ffd5b614ff9868285016148b0565b60a08301525061500b60c08301614e94565b60c082015260e08201516001600160401b03811115615028575f5ffd5b61503486828501614e9f565b60e083015250949350505050565b5f60208284031215615052575f5ffd5b61075282613fd1565b610140808252863590820152602086013561016082015260408601356101808201525f61508a60608801613bb2565b63ffffffff166101a08301526150a26080880161397f565b6001600160a01b03166101c08301526150bd60a0880161397f565b6001600160a01b03166101e08301526150d860c0880161397f565b6001600160a01b03166102008301526150f360e0880161397f565b6001600160a01b031661022083015261511061010088018861409f565b6101a06102408501526151286102e0850182846140e7565b91505061513961012089018961409f565b84830361013f19016102608601526151528382846140e7565b9250505061516461014089018961410f565b84830361013f190161028086015261517d8382846142c3565b9250505061518f61016089018961410f565b84830361013f19016102a08601526151a8838284614153565b925050506151ba610180890189614192565b83820361013f19016102c08501526151d282826141af565b9150508660208401526151f060408401876001600160a01b03169052565b82810360608401526152028186614694565b9150506107676080830184613d74565b5f5f5f5f848603610120811215615227575f5ffd5b60c0811215615234575f5ffd5b5061523d613ed9565b85516152488161396b565b815260208601516152588161396b565b6020820152604086015161526b8161396b565b6040820152606086015161527e8161396b565b606082015260808601516152918161396b565b608082015260a08601516152a48161396b565b60a082015260c08601519094506001600160401b038111156152c4575f5ffd5b6152d0878288016148b0565b60e08701516101009097015195989097509350505050565b5f82601f8301126152f7575f5ffd5b8135615305613f9c8261488e565b8082825260208201915060208360061b860101925085831115615326575f5ffd5b602085015b8381101561493b5760408188031215615342575f5ffd5b61534a613eb7565b81358152602082013561535c8161396b565b602082810191909152908452929092019160400161532b565b5f6101a08236031215615386575f5ffd5b61538e613efb565b8235815260208084013590820152604080840135908201526153b260608401613bb2565b60608201526153c36080840161397f565b60808201526153d460a0840161397f565b60a08201526153e560c0840161397f565b60c08201526153f660e0840161397f565b60e08201526101008301356001600160401b03811115615414575f5ffd5b615420368286016149d1565b610100830152506101208301356001600160401b03811115615440575f5ffd5b61544c368286016149d1565b610120830152506101408301356001600160401b0381111561546c575f5ffd5b615478368286016152e8565b610140830152506101608301356001600160401b03811115615498575f5ffd5b6154a436828601614a1e565b610160830152506101808301356001600160401b038111156154c4575f5ffd5b6154d036828601614a9e565b6101808301525092915050565b5f8151808452602084019350602083015f5b82811015614188578151805187526020908101516001600160a01b031681880152604090960195909101906001016154ef565b8051825260208101516020830152604081015160408301525f6060820151615552606085018263ffffffff169052565b50608082015161556d60808501826001600160a01b03169052565b5060a082015161558860a08501826001600160a01b03169052565b5060c08201516155a360c08501826001600160a01b03169052565b5060e08201516155be60e08501826001600160a01b03169052565b506101008201516101a06101008501526155dc6101a0850182613a7f565b90506101208301518482036101208601526155f78282613a7f565b91505061014083015184820361014086015261561382826154dd565b91505061016083015184820361016086015261562f8282614bc2565b9150506101808301518482036101808601526142928282614bfe565b602081525f82516101c060208401526156686101e0840182615522565b90506020840151604084015260408401516156866060850182613d74565b5060608401516001600160a01b0316610120840152608084015161014084015260a0840151838203601f19016101608501526156c2828261460f565b91505060c08401516156dd61018085018263ffffffff169052565b5060e08401516101a0840152610100909301516101c0909201919091525090565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f6001820161573757615737615712565b5060010190565b600181811c9082168061575257607f821691505b6020821081036138ba57634e487b7160e01b5f52602260045260245ffd5b828152604060208201525f613b996040830184613a7f565b5f82518060208501845e5f920191825250919050565b818103818111156106dd576106dd615712565b634e487b7160e01b5f52603160045260245ffdfe503cf060389b91af8851125bd70ce66d16d12330718b103fc7674ef6d27e70c9c879325803e3bffefede731d4ac4d9d80ed4879e9766730a29e9f0078a309090";

/** Byte offsets in the creation bytecode where each library's 20-byte address must be written. */
export const haloFactoryLinkReferences: Readonly<Record<string, readonly number[]>> = {"ClassDeployer":[11257],"LctsUnitDeployer":[8922]};
