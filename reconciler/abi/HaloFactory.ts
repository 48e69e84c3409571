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
export const haloFactoryBytecode: `0x${string}` = "0x610220604052348015610010575f5ffd5b506040516161a83803806161a883398101604081905261002f91610686565b604080518082018252600b81526a48616c6f466163746f727960a81b602080830191909152825180840190935260018352603160f81b90830152906100758260026103db565b610120526100848160036103db565b61014052815160208084019190912060e052815190820120610100524660a05261011060e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05282516001600160a01b03166101615760405163f8b39ded60e01b815260206004820152600860248201526774696d656c6f636b60c01b60448201526064015b60405180910390fd5b60208301516001600160a01b03166101af5760405163f8b39ded60e01b815260206004820152601060248201526f74656d706c617465526567697374727960801b6044820152606401610158565b60408301516001600160a01b03166101f95760405163f8b39ded60e01b815260206004820152600c60248201526b68616c6f526567697374727960a01b6044820152606401610158565b60608301516001600160a01b03166102405760405163f8b39ded60e01b81526020600482015260096024820152686265616d537461746560b81b6044820152606401610158565b60808301516001600160a01b031661028a5760405163f8b39ded60e01b815260206004820152600c60248201526b31b7b73334b3bab930ba37b960a11b6044820152606401610158565b60a08301516001600160a01b03166102d55760405163f8b39ded60e01b815260206004820152600d60248201526c31b132b0b6a83937b837b9b2b960991b6044820152606401610158565b82516001600160a01b03908116610160526020840151811661018052604084015181166101a052606084015181166101c052608084015181166101e05260a084015116610200528251610329905f9061040d565b505f5b82518110156103875761037e7f503cf060389b91af8851125bd70ce66d16d12330718b103fc7674ef6d27e70c984838151811061036b5761036b61076a565b602002602001015161040d60201b60201c565b5060010161032c565b505f5b81518110156103d2576103c97f5ff1fb0ce9089603e6e193667ed17164e0360a6148f4a39fc194055588948a3183838151811061036b5761036b61076a565b5060010161038a565b50505050610914565b5f6020835110156103f6576103ef83610441565b9050610407565b816104018482610802565b5060ff90505b92915050565b5f80610419848461047e565b9050801561043a575f8481526001602052604090206104389084610525565b505b9392505050565b5f5f829050601f8151111561046b578260405163305a27a960e01b815260040161015891906108bc565b8051610476826108f1565b179392505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661051e575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556104d63390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610407565b505f610407565b5f61043a836001600160a01b0384165f81815260018301602052604081205461051e57508154600181810184555f848152602080822090930184905584548482528286019093526040902091909155610407565b634e487b7160e01b5f52604160045260245ffd5b60405160c081016001600160401b03811182821017156105af576105af610579565b60405290565b604051601f8201601f191681016001600160401b03811182821017156105dd576105dd610579565b604052919050565b80516001600160a01b03811681146105fb575f5ffd5b919050565b5f82601f83011261060f575f5ffd5b81516001600160401b0381111561062857610628610579565b8060051b610638602082016105b5565b91825260208185018101929081019086841115610653575f5ffd5b6020860192505b8383101561067c5761066b836105e5565b82526020928301929091019061065a565b9695505050505050565b5f5f5f83850361010081121561069a575f5ffd5b60c08112156106a7575f5ffd5b506106b061058d565b6106b9856105e5565b81526106c7602086016105e5565b60208201526106d8604086016105e5565b60408201526106e9606086016105e5565b60608201526106fa608086016105e5565b608082015261070b60a086016105e5565b60a082015260c08501519093506001600160401b0381111561072b575f5ffd5b61073786828701610600565b60e086015190935090506001600160401b03811115610754575f5ffd5b61076086828701610600565b9150509250925092565b634e487b7160e01b5f52603260045260245ffd5b600181811c9082168061079257607f821691505b6020821081036107b057634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156107fd57805f5260205f20601f840160051c810160208510156107db5750805b601f840160051c820191505b818110156107fa575f81556001016107e7565b50505b505050565b81516001600160401b0381111561081b5761081b610579565b61082f81610829845461077e565b846107b6565b6020601f821160018114610861575f831561084a5750848201515b5f19600385901b1c1916600184901b1784556107fa565b5f84815260208120601f198516915b828110156108905787850151825560209485019460019092019101610870565b50848210156108ad57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156107b0575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e0516102005161577b610a2d5f395f818161033a0152818161084801528181610fed015261226101525f81816102e6015261223201525f818161039b0152818161107a015281816115dd0152818161169c015281816118da015261220301525f81816103dd01528181610ae401528181611538015281816117640152818161190901528181611ef601526121d401525f818161053901528181611bec015281816121a5015261259001525f818161064b0152818161185f015261217601525f611e7801525f611e4601525f61316701525f61313f01525f61309a01525f6130c401525f6130ee015261577b5ff3fe608060405234801561000f575f5ffd5b506004361061023f575f3560e01c8063839dcd0c11610135578063bfc1bbf5116100b4578063d33219b411610079578063d33219b414610646578063d547741f1461066d578063da4c610a14610680578063f3ca4a4914610693578063f4cda01d146106a6575f5ffd5b8063bfc1bbf5146105a8578063c1b8411a146105c7578063c5183be4146105db578063ca15c873146105fb578063cab7e8eb1461060e575f5ffd5b8063a0af81f0116100fa578063a0af81f014610534578063a217fddf1461055b578063a3246ad314610562578063a6b4d1d814610582578063b70e36f014610595575f5ffd5b8063839dcd0c146104ba57806384b0196e146104cd5780639010d07c146104e857806391d14854146104fb5780639938a7771461050e575f5ffd5b80633efa892b116101c15780636387925911610186578063638792591461044e5780636a80ff111461046e5780636f403a30146104815780637d79212014610494578063810edb30146104a7575f5ffd5b80633efa892b146103965780634519cd57146103bd57806346e08229146103d85780635dd8a33e146103ff5780635de7283d14610426575f5ffd5b80632b507df8116102075780632b507df8146102e15780632f2ff15d14610320578063306f9bed1461033557806336568abe1461035c5780633d111c7e1461036f575f5ffd5b806301ffc9a7146102435780630555c8f21461026b57806308abfdc41461028b5780630b78c36e146102ac578063248a9ca3146102bf575b5f5ffd5b6102566102513660046137f8565b6106b9565b60405190151581526020015b60405180910390f35b61027e610279366004613845565b6106e3565b60405161026291906138b0565b61029e610299366004613904565b610759565b604051908152602001610262565b61029e6102ba36600461397a565b610771565b61029e6102cd3660046139af565b5f9081526020819052604090206001015490565b6103087f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610262565b61033361032e3660046139c6565b61077f565b005b6103087f000000000000000000000000000000000000000000000000000000000000000081565b61033361036a3660046139c6565b6107a9565b61029e7f5ff1fb0ce9089603e6e193667ed17164e0360a6148f4a39fc194055588948a3181565b6103087f000000000000000000000000000000000000000000000000000000000000000081565b6103c5600181565b60405161ffff9091168152602001610262565b6103087f000000000000000000000000000000000000000000000000000000000000000081565b61029e7f875bd701d7c3c8c515e81e3dce44b11441b109bf58ee3cb7d800be2bf81adc9181565b6103086104343660046139af565b5f908152600660205260409020546001600160a01b031690565b61046161045c3660046139af565b6107e1565b6040516102629190613a22565b61027e61047c366004613a9c565b6108d2565b61029e61048f366004613add565b610923565b61027e6104a2366004613b32565b610952565b61029e6104b5366004613b84565b610a44565b6103336104c83660046139af565b610a56565b6104d5610bc1565b6040516102629796959493929190613bb5565b6103086104f6366004613c4b565b610c03565b6102566105093660046139c6565b610c1a565b61029e7e34bdb1e26331eb1ffb1a1c8b363d3416108c7b472741ec8dafbebe3279d7a881565b6103087f000000000000000000000000000000000000000000000000000000000000000081565b61029e5f81565b6105756105703660046139af565b610c42565b6040516102629190613c6b565b6103336105903660046139af565b610c5b565b6103336105a33660046139af565b610d21565b604080515f5c81526001600160a01b0360015c16602082015201610262565b61029e5f51602061573b5f395f51905f5281565b6105ee6105e9366004613cb6565b610db4565b6040516102629190613d34565b61029e6106093660046139af565b610e00565b61025661061c366004613d42565b6001600160a01b03919091165f908152600560209081526040808320938352929052205460ff1690565b6103087f000000000000000000000000000000000000000000000000000000000000000081565b61033361067b3660046139c6565b610e16565b6105ee61068e366004613d6c565b610e3a565b6105ee6106a1366004613b32565b610e6c565b6104616106b43660046139c6565b610fbf565b5f6001600160e01b03198216635a05180f60e01b14806106dd57506106dd826110f3565b92915050565b604080516060810182525f8082526020820181905291810191909152610707611127565b6107318261072c868661071d6020850185613d9e565b87602001358860400135611196565b611250565b61074884846107436020860186613d9e565b6113e6565b9050610752611ac8565b9392505050565b5f6107678686868686611196565b9695505050505050565b5f6107678686868686611af2565b5f8281526020819052604090206001015461079981611b4f565b6107a38383611b5c565b50505050565b6001600160a01b03811633146107d25760405163334bd91960e11b815260040160405180910390fd5b6107dc8282611b8f565b505050565b6107e9613732565b5f828152600460205260409020805461081d576040516389b85a0d60e01b8152600481018490526024015b60405180910390fd5b6006810154604051637df35ca760e01b8152600481018590526001600160a01b0391821660248201527f000000000000000000000000000000000000000000000000000000000000000090911690637df35ca7906044015f60405180830381865afa15801561088e573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526108b59190810190613f41565b60029091015460ff600160c01b909104161560e082015292915050565b604080516060810182525f80825260208201819052918101919091526108f6611127565b5f51602061573b5f395f51905f5261090d81611b4f565b6109188484336113e6565b9150506106dd611ac8565b5f816040516020016109359190614143565b604051602081830303815290604052805190602001209050919050565b604080516060810182525f808252602082018190529181018290529061097a87876001611bba565b90505f51602061575b5f395f51905f528160200151146109b5578060200151604051630918b2ef60e11b815260040161081491815260200190565b60608101516109d8816d2430b637a9b430b932aa37b5b2b760911b888888611ca2565b6001600160a01b03168352610a01816d537562736372696265517565756560901b888888611ca2565b6001600160a01b03166020840152610a2a816a52656465656d517565756560a81b888888611ca2565b6001600160a01b0316604084015250909695505050505050565b5f816040516020016109359190614256565b610a6d5f51602061573b5f395f51905f5233610c1a565b158015610aa15750610a9f7f5ff1fb0ce9089603e6e193667ed17164e0360a6148f4a39fc194055588948a3133610c1a565b155b15610ac15760405163784c0c8b60e01b8152336004820152602401610814565b80610adf576040516327230bcb60e11b815260040160405180910390fd5b610b097f000000000000000000000000000000000000000000000000000000000000000082611cfc565b15610b2a57604051632f9b836560e21b815260048101829052602401610814565b5f818152600660205260409020546001600160a01b03168015610b725760405163ac82506d60e01b8152600481018390526001600160a01b0382166024820152604401610814565b5f8281526006602052604080822080546001600160a01b031916339081179091559051909184917f3cc2eb343655b0db13227db76342f544e69f6126052c0970de75a604f11918f29190a35050565b5f6060805f5f5f6060610bd2611e3f565b610bda611e71565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f8281526001602052604081206107529083611e9e565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f8181526001602052604090206060906106dd90611ea9565b5f818152600660205260409020546001600160a01b0316801580610c9a5750336001600160a01b03821614801590610c9a5750610c985f33610c1a565b155b15610cc1576040516374af9c7b60e01b815260048101839052336024820152604401610814565b5f8281526006602090815260409182902080546001600160a01b031916905590513381526001600160a01b0383169184917f56839fae57c7e6ee87ea834be7ca522335bb3b13dcf5713e5199883894cce4dd910160405180910390a35050565b335f90815260056020908152604080832084845290915290205460ff1615610d6557604051637ee434fd60e01b815233600482015260248101829052604401610814565b335f818152600560209081526040808320858452909152808220805460ff19166001179055518392917f1800cd2301fbc20790ed94f3d55a28ef2306a9c31cd3c72b5b71b6e4cf5c624191a350565b610dbc61377b565b610dc4611127565b610de98261072c8686610dda6020850185613d9e565b87602001358860400135611af2565b6107488484610dfb6020860186613d9e565b611eb5565b5f8181526001602052604081206106dd906123d0565b5f82815260208190526040902060010154610e3081611b4f565b6107a38383611b8f565b610e4261377b565b610e4a611127565b5f51602061573b5f395f51905f52610e6181611b4f565b610918848433611eb5565b610e7461377b565b5f610e8087875f611bba565b9050610e8f81602001516123d9565b6060810151610eac8167414c4d50726f787960c01b888888611ca2565b6001600160a01b03168352610ed18169526174654c696d69747360b01b888888611ca2565b6001600160a01b03166020840152610efd816d2430b637a1b7b73a3937b63632b960911b888888611ca2565b6001600160a01b0316604084015260208201517f28be13efe402cf9ccd7d2906325e8ec00518dd0d163f30cd2f30f03d939e419c01610fb457610f52816b4e666174466163696c69747960a01b888888611ca2565b6001600160a01b03166060840152610f7d816c273330ba2232b0b62a37b5b2b760991b888888611ca2565b6001600160a01b03166080840152610fa581694e66617452656465656d60b01b888888611ca2565b6001600160a01b031660a08401525b505095945050505050565b610fc7613732565b604051637df35ca760e01b8152600481018490526001600160a01b0383811660248301527f00000000000000000000000000000000000000000000000000000000000000001690637df35ca7906044015f60405180830381865afa158015611031573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526110589190810190613f41565b60405163901bb3f360e01b81526001600160a01b0384811660048301529192507f00000000000000000000000000000000000000000000000000000000000000009091169063901bb3f390602401602060405180830381865afa1580156110c1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110e591906143d0565b60011460e082015292915050565b5f6001600160e01b03198216637965db0b60e01b14806106dd57506301ffc9a760e01b6001600160e01b03198316146106dd565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561116757604051633ee5aeb560e01b815260040160405180910390fd5b61119460017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612437565b565b6020808601355f90815260049091526040812080546111ce576040516389b85a0d60e01b815260208801356004820152602401610814565b60018101546002820154611245917f875bd701d7c3c8c515e81e3dce44b11441b109bf58ee3cb7d800be2bf81adc919188919063ffffffff166112108c610923565b8b8a8a60405160200161122a9897969594939291906143e7565b6040516020818303038152906040528051906020012061243e565b979650505050505050565b5f61125e6020840184613d9e565b90508260200135421115611291576040516348e396ff60e11b815260208401356004820152426024820152604401610814565b6112bb7f5ff1fb0ce9089603e6e193667ed17164e0360a6148f4a39fc194055588948a3182610c1a565b6112e35760405163cbddbfe560e01b81526001600160a01b0382166004820152602401610814565b6001600160a01b0381165f90815260056020908152604080832086820135845290915290205460ff161561133f5760408051637ee434fd60e01b81526001600160a01b0383166004820152908401356024820152604401610814565b61138a8183611351606087018761442c565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061246a92505050565b6113b257604051630b5dfa5760e31b81526001600160a01b0382166004820152602401610814565b6001600160a01b03165f90815260056020908152604080832094810135835293905291909120805460ff1916600117905550565b604080516060810182525f8082526020820181905291810191909152833580611422576040516327230bcb60e11b815260040160405180910390fd5b6020858101355f90815260048083526040918290208251610120810184528154808252600183015495820195909552600282015463ffffffff81169482019490945264010000000084046001600160a01b039081166060830152600160c01b90940460ff16151560808201526003820154841660a082015291810154831660c08301526005810154831660e083015260060154909116610100820152906114e2576040516389b85a0d60e01b815260208701356004820152602401610814565b80515f51602061575b5f395f51905f5214611533578051604051631b01c01760e01b8152602088013560048201525f51602061575b5f395f51905f5260248201526044810191909152606401610814565b61155d7f000000000000000000000000000000000000000000000000000000000000000083611cfc565b1561157e5760405163a63fbeb760e01b815260048101839052602401610814565b61158882856124da565b5f61159d82602001518360400151600161255e565b90506115b96115af608089018961446e565b836080015161270b565b60a0820151604051633d0a63e960e11b81526001600160a01b0391821660048201527f000000000000000000000000000000000000000000000000000000000000000090911690637a14c7d290602401602060405180830381865afa158015611624573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061164891906143d0565b5f036116785760a0820151604051633896328160e01b81526001600160a01b039091166004820152602401610814565b6060820151604051636d46114f60e11b81526001600160a01b0391821660048201527f00000000000000000000000000000000000000000000000000000000000000009091169063da8c229e90602401602060405180830381865afa1580156116e3573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061170791906143d0565b5f0361173757606082015160405163236f20b960e11b81526001600160a01b039091166004820152602401610814565b604051630d83b86960e41b815260208801356004820152686c7068612d6c63747360b81b60248201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063d83b869090604401602060405180830381865afa1580156117b1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117d591906144b3565b90506001600160a01b038116156117f6576001600160a01b03811660e08401525b606073__$eeee79e59d8dc6341e10b45c7a031f2734$__634b238fb58a8a8a8761193b8a6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c08101919091526040518060e001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020018360e001516001600160a01b031681526020018360c001516001600160a01b0316815260200183606001516001600160a01b031681526020018360a001516001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152509050919050565b6040518663ffffffff1660e01b815260040161195b9594939291906146b9565b5f60405180830381865af4158015611975573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261199c91908101906148ba565b8092508197505050886020013585600161ffff167fd5ddd96e694ef60ba2f0c34e5d7160e53c65c57cd2f353b7e1e842e336263cd26040518061012001604052808e6119e790614a63565b815260200189602001518152602001896040015163ffffffff16815260200189606001516001600160a01b031663ec5568896040518163ffffffff1660e01b8152600401602060405180830381865afa158015611a46573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a6a91906144b3565b6001600160a01b031681526020018b81526020018c6001600160a01b031681526020018d81526020018681526020018860c0015163ffffffff16815250604051611ab49190614c10565b60405180910390a450505050509392505050565b6111945f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0061118e565b5f6107677e34bdb1e26331eb1ffb1a1c8b363d3416108c7b472741ec8dafbebe3279d7a8856040890135611b2c60808b0160608c01614cee565b611b358b610a44565b8a898960405160200161122a9897969594939291906143e7565b611b598133612919565b50565b5f5f611b688484612956565b90508015610752575f848152600160205260409020611b8790846129e5565b509392505050565b5f5f611b9b84846129f9565b90508015610752575f848152600160205260409020611b879084612a62565b611bc26137af565b604051636a8dabd360e01b81526004810185905263ffffffff8416602482015282151560448201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636a8dabd3906064015f60405180830381865afa158015611c38573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052611c5f9190810190614e78565b90505f81516004811115611c7557611c756144ce565b036107525760405163064bd7c360e31b81526004810185905263ffffffff84166024820152604401610814565b5f610767611cb08787612a76565b602090810151604080518084018990528082018890526001600160a01b038716606082015260808082018b90528251808303909101815260a09091019091528051920191909120612b15565b604051636caa470760e01b8152600481018290525f906001600160a01b03841690636caa470790602401602060405180830381865afa158015611d41573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611d659190614fb7565b80611dd2575060405163b0db18ad60e01b8152600481018390526001600160a01b0384169063b0db18ad90602401602060405180830381865afa158015611dae573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611dd29190614fb7565b8061075257506040516352dc92e960e11b8152600481018390526001600160a01b0384169063a5b925d290602401602060405180830381865afa158015611e1b573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107529190614fb7565b6060611e6c7f00000000000000000000000000000000000000000000000000000000000000006002612b7d565b905090565b6060611e6c7f00000000000000000000000000000000000000000000000000000000000000006003612b7d565b5f6107528383612c26565b60605f61075283612c4c565b611ebd61377b565b833580611edd576040516327230bcb60e11b815260040160405180910390fd5b6040516352dc92e960e11b8152602086013560048201527f0000000000000000000000000000000000000000000000000000000000000000906001600160a01b0382169063a5b925d290602401602060405180830381865afa158015611f45573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611f699190614fb7565b611f8c5760405163236d13db60e01b815260208701356004820152602401610814565b611f968183611cfc565b15611fb757604051630e6625ff60e11b815260048101839052602401610814565b611fc182856124da565b5f611fd3610100880160e08901613d9e565b6001600160a01b0316036120195760405163f8b39ded60e01b815260206004820152600c60248201526b19195c1bdcda5d105cdcd95d60a21b6044820152606401610814565b5f61202a60e0880160c08901613d9e565b6001600160a01b03160361206a5760405163f8b39ded60e01b8152602060048201526006602482015265676f764f707360d01b6044820152606401610814565b5f612089604088013561208360808a0160608b01614cee565b5f61255e565b905061209881602001516123d9565b6120b66120ac610100890160e08a01613d9e565b8260e00151612ca5565b6120c76115af61016089018961446e565b6120e26120d861014089018961446e565b8360400151612d35565b82805f5d506120f760e0880160c08901613d9e565b6001805c6001600160a01b0319166001600160a01b03831617905d5060605f5f73__$a7949b05448a27b0459aef19b9dedb1b81$__6333b58c8a8b8b8b886122916040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091526040518060c001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316815250905090565b6040518663ffffffff1660e01b81526004016122b1959493929190614fd0565b5f60405180830381865af41580156122cb573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526122f29190810190615187565b929950909450925090505f80805d505f6001805c6001600160a01b031916905d506123218a8589851515612ebf565b896020013586600161ffff167f0dc45615c5136163273f149e6f5f72fd5876c8ecdcf2740c82410786c5bfbbe06040518061012001604052808f612364906152ea565b8152602001896020015181526020018c81526020018d6001600160a01b031681526020018e81526020018881526020018960c0015163ffffffff168152602001878152602001868152506040516123bb91906155c0565b60405180910390a45050505050509392505050565b5f6106dd825490565b5f51602061575b5f395f51905f52811415801561241657507fd741ec101bfd30633282d6f9cda1713ffae722f2e9c0cf32d0cf0fc26c61be648114155b15611b5957604051630918b2ef60e11b815260048101829052602401610814565b80825d5050565b5f6106dd61244a61308e565b8360405161190160f01b8152600281019290925260228201526042902090565b5f836001600160a01b03163b5f036124c8575f5f61248885856131b7565b5090925090505f8160038111156124a1576124a16144ce565b1480156124bf5750856001600160a01b0316826001600160a01b0316145b92505050610752565b6124d3848484613200565b9050610752565b5f828152600660205260409020546001600160a01b0316806124fb57505050565b816001600160a01b0316816001600160a01b03161461253f5760405163ac82506d60e01b8152600481018490526001600160a01b0382166024820152604401610814565b50505f90815260066020526040902080546001600160a01b0319169055565b6125666137af565b604051636a8dabd360e01b81526004810185905263ffffffff8416602482015282151560448201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636a8dabd3906064015f60405180830381865afa1580156125dc573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526126039190810190614e78565b80519091505f81600481111561261b5761261b6144ce565b036126485760405163064bd7c360e31b81526004810186905263ffffffff85166024820152604401610814565b600181600481111561265c5761265c6144ce565b036126895760405163769c4d7f60e11b81526004810186905263ffffffff85166024820152604401610814565b600381600481111561269d5761269d6144ce565b036126ca57604051638ebe9b4760e01b81526004810186905263ffffffff85166024820152604401610814565b60048160048111156126de576126de6144ce565b03611b8757604051637464ae6760e01b81526004810186905263ffffffff85166024820152604401610814565b5f5b828110156128d5575f84848381811061272857612728615673565b604002919091013591505f90505b82811015612783578186868381811061275157612751615673565b9050604002015f01350361277b57604051632e79e8bb60e21b815260048101839052602401610814565b600101612736565b505f5b8351811080156127b25750818482815181106127a4576127a4615673565b60200260200101515f015114155b156127c7576127c08161569b565b9050612786565b835181036127eb576040516339414d1160e11b815260048101839052602401610814565b5f8686858181106127fe576127fe615673565b90506040020160200135905084828151811061281c5761281c615673565b602002602001015160200151811080612851575084828151811061284257612842615673565b60200260200101516040015181115b156128c757828186848151811061286a5761286a615673565b60200260200101516020015187858151811061288857612888615673565b6020026020010151604001516040516344bc48a960e01b8152600401610814949392919093845260208401929092526040830152606082015260800190565b50505080600101905061270d565b50805182146107dc575f5b81518110156107a357612910848484848151811061290057612900615673565b60200260200101515f01516132d6565b506001016128e0565b6129238282610c1a565b6129525760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610814565b5050565b5f6129618383610c1a565b6129de575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556129963390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016106dd565b505f6106dd565b5f610752836001600160a01b03841661334b565b5f612a048383610c1a565b156129de575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016106dd565b5f610752836001600160a01b038416613390565b612aa060405180606001604052805f81526020015f6001600160a01b031681526020015f81525090565b5f5b8351811015612af85782848281518110612abe57612abe615673565b60200260200101515f015103612af057838181518110612ae057612ae0615673565b60200260200101519150506106dd565b600101612aa2565b5060405163a417080f60e01b815260048101839052602401610814565b6040513060388201526f5af43d82803e903d91602b57fd5bf3ff602482015260148101839052733d602d80600a3d3981f3363d3d373d3d3d363d738152605881018290526037600c820120607882015260556043909101205f906001600160a01b0316610752565b606060ff8314612b9757612b9083613473565b90506106dd565b818054612ba3906156b3565b80601f0160208091040260200160405190810160405280929190818152602001828054612bcf906156b3565b8015612c1a5780601f10612bf157610100808354040283529160200191612c1a565b820191905f5260205f20905b815481529060010190602001808311612bfd57829003601f168201915b505050505090506106dd565b5f825f018281548110612c3b57612c3b615673565b905f5260205f200154905092915050565b6060815f01805480602002602001604051908101604052809291908181526020018280548015612c9957602002820191905f5260205f20905b815481526020019060010190808311612c85575b50505050509050919050565b805115612d2c575f5b815181108015612ce95750826001600160a01b0316828281518110612cd557612cd5615673565b60200260200101516001600160a01b031614155b15612cfe57612cf78161569b565b9050612cae565b81518103612d2a576040516336af4e0d60e01b81526001600160a01b0384166004820152602401610814565b505b6107dc826134b0565b5f5b82811015612e7e575f848483818110612d5257612d52615673565b604002919091013591505f90505b82811015612dad5781868683818110612d7b57612d7b615673565b9050604002015f013503612da55760405163efe24bc760e01b815260048101839052602401610814565b600101612d60565b505f805b8451811015612de75782858281518110612dcd57612dcd615673565b602002602001015103612ddf57600191505b600101612db1565b5080612e0957604051638a3de8d760e01b815260048101839052602401610814565b5f868685818110612e1c57612e1c615673565b9050604002016020016020810190612e349190613d9e565b6001600160a01b031603612e745760405163f8b39ded60e01b81526020600482015260066024820152653132b0b1b7b760d11b6044820152606401610814565b5050600101612d37565b50805182146107dc575f5b81518110156107a357612eb68484848481518110612ea957612ea9615673565b60200260200101516135c0565b50600101612e89565b6020808401805160408051610120810182529251835287810135938301939093525f51602061575b5f395f51905f5214918101612f026080880160608901614cee565b63ffffffff16815260200184604001516001600160a01b03168152602001831515815260200184602001516001600160a01b031681526020018660e0016020810190612f4e9190613d9e565b6001600160a01b0316815260200182612f67575f612f8a565b612f8a612f7861014089018961446e565b686c7068612d6c63747360b81b6135c0565b6001600160a01b03168152602001612fa860e0880160c08901613d9e565b6001600160a01b0390811690915295355f908152600460208181526040928390208451815590840151600182015591830151600283018054606086015160808701511515600160c01b0260ff60c01b19918d16640100000000026001600160c01b031990931663ffffffff90951694909417919091171691909117905560a0830151600383018054918a166001600160a01b031992831617905560c08401519183018054928a169282169290921790915560e0830151600583018054918a1691831691909117905561010090920151600690910180549190971691161790945550505050565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156130e657507f000000000000000000000000000000000000000000000000000000000000000046145b1561311057507f000000000000000000000000000000000000000000000000000000000000000090565b611e6c604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f5f83516041036131ee576020840151604085015160608601515f1a6131e088828585613643565b9550955095505050506131f9565b505081515f91506002905b9250925092565b5f5f5f856001600160a01b031685856040516024016132209291906156e5565b60408051601f198184030181529181526020820180516001600160e01b0316630b135d3f60e11b1790525161325591906156fd565b5f60405180830381855afa9150503d805f811461328d576040519150601f19603f3d011682016040523d82523d5f602084013e613292565b606091505b50915091508180156132a657506020815110155b801561076757508051630b135d3f60e11b906132cb90830160209081019084016143d0565b149695505050505050565b5f805b8381101561332e57828585838181106132f4576132f4615673565b9050604002015f0135036133265784848281811061331457613314615673565b90506040020160200135915050610752565b6001016132d9565b5060405163e07fb14960e01b815260048101839052602401610814565b5f8181526001830160205260408120546129de57508154600181810184555f8481526020808220909301849055845484825282860190935260409020919091556106dd565b5f818152600183016020526040812054801561346a575f6133b2600183615713565b85549091505f906133c590600190615713565b9050808214613424575f865f0182815481106133e3576133e3615673565b905f5260205f200154905080875f01848154811061340357613403615673565b5f918252602080832090910192909255918252600188019052604090208390555b855486908061343557613435615726565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f9055600193505050506106dd565b5f9150506106dd565b60605f61347f8361370b565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b60408051600481526024810182526020810180516001600160e01b031663313ce56760e01b17905290515f91829182916001600160a01b038616916134f591906156fd565b5f60405180830381855afa9150503d805f811461352d576040519150601f19603f3d011682016040523d82523d5f602084013e613532565b606091505b509150915081158061354657508051602014155b1561356f576040516303f63a5960e11b81526001600160a01b0385166004820152602401610814565b8080602001905181019061358391906143d0565b925060248311156135b957604051631980277960e31b81526001600160a01b038516600482015260248101849052604401610814565b5050919050565b5f805b8381101561362657828585838181106135de576135de615673565b9050604002015f01350361361e578484828181106135fe576135fe615673565b90506040020160200160208101906136169190613d9e565b915050610752565b6001016135c3565b5060405163074f0b8160e11b815260048101839052602401610814565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561367c57505f91506003905082613701565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156136cd573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166136f857505f925060019150829050613701565b92505f91508190505b9450945094915050565b5f60ff8216601f8111156106dd57604051632cd44ac360e21b815260040160405180910390fd5b6040518061010001604052805f81526020015f6001600160a01b031681526020015f8152602001606081526020015f81526020015f81526020015f81526020015f151581525090565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a081019190915290565b604080516101008101909152805f81526020015f8152602001606081526020016060815260200160608152602001606081526020015f63ffffffff168152602001606081525090565b5f60208284031215613808575f5ffd5b81356001600160e01b031981168114610752575f5ffd5b5f60c0828403121561382f575f5ffd5b50919050565b5f6080828403121561382f575f5ffd5b5f5f5f60608486031215613857575f5ffd5b83356001600160401b0381111561386c575f5ffd5b6138788682870161381f565b9350506020840135915060408401356001600160401b0381111561389a575f5ffd5b6138a686828701613835565b9150509250925092565b606081016106dd828480516001600160a01b03908116835260208083015182169084015260409182015116910152565b6001600160a01b0381168114611b59575f5ffd5b80356138ff816138e0565b919050565b5f5f5f5f5f60a08688031215613918575f5ffd5b85356001600160401b0381111561392d575f5ffd5b6139398882890161381f565b955050602086013593506040860135613951816138e0565b94979396509394606081013594506080013592915050565b5f6101a0828403121561382f575f5ffd5b5f5f5f5f5f60a0868803121561398e575f5ffd5b85356001600160401b038111156139a3575f5ffd5b61393988828901613969565b5f602082840312156139bf575f5ffd5b5035919050565b5f5f604083850312156139d7575f5ffd5b8235915060208301356139e9816138e0565b809150509250929050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081528151602082015260018060a01b036020830151166040820152604082015160608201525f60608301516101006080840152613a656101208401826139f4565b9050608084015160a084015260a084015160c084015260c084015160e084015260e084015115156101008401528091505092915050565b5f5f60408385031215613aad575f5ffd5b82356001600160401b03811115613ac2575f5ffd5b613ace8582860161381f565b95602094909401359450505050565b5f60208284031215613aed575f5ffd5b81356001600160401b03811115613b02575f5ffd5b613b0e8482850161381f565b949350505050565b63ffffffff81168114611b59575f5ffd5b80356138ff81613b16565b5f5f5f5f5f60a08688031215613b46575f5ffd5b853594506020860135613b5881613b16565b935060408601359250606086013591506080860135613b76816138e0565b809150509295509295909350565b5f60208284031215613b94575f5ffd5b81356001600160401b03811115613ba9575f5ffd5b613b0e84828501613969565b60ff60f81b8816815260e060208201525f613bd360e08301896139f4565b8281036040840152613be581896139f4565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015613c3a578351835260209384019390920191600101613c1c565b50909b9a5050505050505050505050565b5f5f60408385031215613c5c575f5ffd5b50508035926020909101359150565b602080825282518282018190525f918401906040840190835b81811015613cab5783516001600160a01b0316835260209384019390920191600101613c84565b509095945050505050565b5f5f5f60608486031215613cc8575f5ffd5b83356001600160401b03811115613cdd575f5ffd5b61387886828701613969565b80516001600160a01b03908116835260208083015182169084015260408083015182169084015260608083015182169084015260808083015182169084015260a09182015116910152565b60c081016106dd8284613ce9565b5f5f60408385031215613d53575f5ffd5b8235613d5e816138e0565b946020939093013593505050565b5f5f60408385031215613d7d575f5ffd5b82356001600160401b03811115613d92575f5ffd5b613ace85828601613969565b5f60208284031215613dae575f5ffd5b8135610752816138e0565b634e487b7160e01b5f52604160045260245ffd5b60405161010081016001600160401b0381118282101715613df057613df0613db9565b60405290565b604051606081016001600160401b0381118282101715613df057613df0613db9565b604080519081016001600160401b0381118282101715613df057613df0613db9565b60405160c081016001600160401b0381118282101715613df057613df0613db9565b6040516101a081016001600160401b0381118282101715613df057613df0613db9565b604051601f8201601f191681016001600160401b0381118282101715613ea757613ea7613db9565b604052919050565b80516138ff816138e0565b5f6001600160401b03821115613ed257613ed2613db9565b50601f01601f191660200190565b5f82601f830112613eef575f5ffd5b8151613f02613efd82613eba565b613e7f565b818152846020838601011115613f16575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b805180151581146138ff575f5ffd5b5f60208284031215613f51575f5ffd5b81516001600160401b03811115613f66575f5ffd5b82016101008185031215613f78575f5ffd5b613f80613dcd565b81518152613f9060208301613eaf565b60208201526040828101519082015260608201516001600160401b03811115613fb7575f5ffd5b613fc386828501613ee0565b6060830152506080828101519082015260a0808301519082015260c08083015190820152613ff360e08301613f32565b60e0820152949350505050565b5f5f8335601e19843603018112614015575f5ffd5b83016020810192503590506001600160401b03811115614033575f5ffd5b803603821315614041575f5ffd5b9250929050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b5f5f8335601e19843603018112614085575f5ffd5b83016020810192503590506001600160401b038111156140a3575f5ffd5b8060061b3603821315614041575f5ffd5b8183526020830192505f815f5b848110156140e9578135865260208083013590870152604095860195909101906001016140c1565b5093949350505050565b5f8235603e19833603018112614107575f5ffd5b90910192915050565b5f61411b8283614000565b6040855261412d604086018284614048565b6020948501359590940194909452509092915050565b60208082528235828201528201356040808301919091525f9061416890840184614000565b60c0606085015261417d60e085018284614048565b91505061418d6060850185614000565b848303601f190160808601526141a4838284614048565b925050506141b56080850185614070565b848303601f190160a08601526141cc8382846140b4565b925050506141dd60a08501856140f3565b838203601f190160c08501526141f38282614110565b95945050505050565b80358252602081013561420e816138e0565b6001600160a01b03166020929092019190915250565b8183526020830192505f815f5b848110156140e95761424386836141fc565b6040958601959190910190600101614231565b60208082528235828201528201356040808301919091528201356060808301919091525f90614286908401613b27565b63ffffffff811660808401525061429f608084016138f4565b6001600160a01b03811660a0840152506142bb60a084016138f4565b6001600160a01b03811660c0840152506142d760c084016138f4565b6001600160a01b03811660e0840152506142f360e084016138f4565b6001600160a01b03811661010084015250614312610100840184614000565b6101a061012085015261432a6101c085018284614048565b91505061433b610120850185614000565b848303601f1901610140860152614353838284614048565b92505050614365610140850185614070565b848303601f190161016086015261437d838284614224565b9250505061438f610160850185614070565b848303601f19016101808601526143a78382846140b4565b925050506143b96101808501856140f3565b838203601f19016101a08501526141f38282614110565b5f602082840312156143e0575f5ffd5b5051919050565b9788526001600160a01b03969096166020880152604087019490945263ffffffff929092166060860152608085015260a084015260c083015260e08201526101000190565b5f5f8335601e19843603018112614441575f5ffd5b8301803591506001600160401b0382111561445a575f5ffd5b602001915036819003821315614041575f5ffd5b5f5f8335601e19843603018112614483575f5ffd5b8301803591506001600160401b0382111561449c575f5ffd5b6020019150600681901b3603821315614041575f5ffd5b5f602082840312156144c3575f5ffd5b8151610752816138e0565b634e487b7160e01b5f52602160045260245ffd5b600581106144fe57634e487b7160e01b5f52602160045260245ffd5b9052565b5f8151808452602084019350602083015f5b828110156140e9578151865260209586019590910190600101614514565b5f8151808452602084019350602083015f5b828110156140e9578151805187526020808201516001600160a01b0316818901526040918201519188019190915260609096019590910190600101614544565b5f8151808452602084019350602083015f5b828110156140e957815180518752602081015160208801526040810151604088015250606086019550602082019150600181019050614596565b5f8151808452602084019350602083015f5b828110156140e95781516001600160a01b03168652602095860195909101906001016145e2565b6146148282516144e2565b602081015160208301525f6040820151610100604085015261463a610100850182614502565b9050606083015184820360608601526146538282614532565b9150506080830151848203608086015261466d8282614584565b91505060a083015184820360a08601526146878282614584565b91505060c08301516146a160c086018263ffffffff169052565b5060e083015184820360e08601526141f382826145d0565b61016080825286359082015260208601356101808201525f6146de6040880188614000565b60c06101a08501526146f561022085018284614048565b9150506147056060890189614000565b84830361015f19016101c086015261471e838284614048565b9250505061472f6080890189614070565b84830361015f19016101e08601526147488382846140b4565b9250505061475960a08901896140f3565b83820361015f19016102008501526147718282614110565b91505086602084015261478f60408401876001600160a01b03169052565b82810360608401526147a18186614609565b915050610767608083018480516001600160a01b03908116835260208083015182169084015260408083015182169084015260608083015182169084015260808083015182169084015260a08083015182169084015260c09182015116910152565b5f6001600160401b0382111561481b5761481b613db9565b5060051b60200190565b5f82601f830112614834575f5ffd5b8151602083015f614847613efd84614803565b838152606090930282019290506020810186841115614864575f5ffd5b838310156148b0575f6060848903121561487c575f5ffd5b614884613df6565b845181526020808601518183015260408087015190830152908352606090940193919091019050614864565b5095945050505050565b5f5f82840360808112156148cc575f5ffd5b60608112156148d9575f5ffd5b506148e2613df6565b83516148ed816138e0565b815260208401516148fd816138e0565b60208201526040840151614910816138e0565b604082015260608401519092506001600160401b03811115614930575f5ffd5b61493c85828601614825565b9150509250929050565b5f82601f830112614955575f5ffd5b8135614963613efd82613eba565b818152846020838601011115614977575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f82601f8301126149a2575f5ffd5b81356149b0613efd82614803565b8082825260208201915060208360061b8601019250858311156149d1575f5ffd5b602085015b838110156148b057604081880312156149ed575f5ffd5b6149f5613e18565b813581526020808301358183015290845292909201916040016149d6565b5f60408284031215614a23575f5ffd5b614a2b613e18565b905081356001600160401b03811115614a42575f5ffd5b614a4e84828501614946565b82525060209182013591810191909152919050565b5f60c08236031215614a73575f5ffd5b614a7b613e3a565b823581526020808401359082015260408301356001600160401b03811115614aa1575f5ffd5b614aad36828601614946565b60408301525060608301356001600160401b03811115614acb575f5ffd5b614ad736828601614946565b60608301525060808301356001600160401b03811115614af5575f5ffd5b614b0136828601614993565b60808301525060a08301356001600160401b03811115614b1f575f5ffd5b614b2b36828601614a13565b60a08301525092915050565b5f8151808452602084019350602083015f5b828110156140e9578151805187526020908101518188015260409096019590910190600101614b49565b5f815160408452614b8760408501826139f4565b602093840151949093019390935250919050565b80518252602081015160208301525f604082015160c06040850152614bc360c08501826139f4565b905060608301518482036060860152614bdc82826139f4565b91505060808301518482036080860152614bf68282614b37565b91505060a083015184820360a08601526141f38282614b73565b602081525f82516101606020840152614c2d610180840182614b9b565b9050602084015160408401526040840151614c50606085018263ffffffff169052565b5060608401516001600160a01b038116608085015250608084015180516001600160a01b0390811660a08601526020820151811660c086015260408201511660e08501525060a08401516001600160a01b0381166101008501525060c084015161012084015260e0840151838203601f1901610140850152614cd28282614584565b915050610100840151611b8761016085018263ffffffff169052565b5f60208284031215614cfe575f5ffd5b813561075281613b16565b8051600581106138ff575f5ffd5b5f82601f830112614d26575f5ffd5b8151614d34613efd82614803565b8082825260208201915060208360051b860101925085831115614d55575f5ffd5b602085015b838110156148b0578051835260209283019201614d5a565b5f82601f830112614d81575f5ffd5b8151614d8f613efd82614803565b80828252602082019150602060608402860101925085831115614db0575f5ffd5b602085015b838110156148b05760608188031215614dcc575f5ffd5b614dd4613df6565b815181526020820151614de6816138e0565b602082810191909152604083810151908301529084529290920191606001614db5565b80516138ff81613b16565b5f82601f830112614e23575f5ffd5b8151614e31613efd82614803565b8082825260208201915060208360051b860101925085831115614e52575f5ffd5b602085015b838110156148b0578051614e6a816138e0565b835260209283019201614e57565b5f60208284031215614e88575f5ffd5b81516001600160401b03811115614e9d575f5ffd5b82016101008185031215614eaf575f5ffd5b614eb7613dcd565b614ec082614d09565b81526020828101519082015260408201516001600160401b03811115614ee4575f5ffd5b614ef086828501614d17565b60408301525060608201516001600160401b03811115614f0e575f5ffd5b614f1a86828501614d72565b60608301525060808201516001600160401b03811115614f38575f5ffd5b614f4486828501614825565b60808301525060a08201516001600160401b03811115614f62575f5ffd5b614f6e86828501614825565b60a083015250614f8060c08301614e09565b60c082015260e08201516001600160401b03811115614f9d575f5ffd5b614fa986828501614e14565b60e083015250949350505050565b5f60208284031215614fc7575f5ffd5b61075282613f32565b610140808252863590820152602086013561016082015260408601356101808201525f614fff60608801613b27565b63ffffffff166101a0830152615017608088016138f4565b6001600160a01b03166101c083015261503260a088016138f4565b6001600160a01b03166101e083015261504d60c088016138f4565b6001600160a01b031661020083015261506860e088016138f4565b6001600160a01b0316610220830152615085610100880188614000565b6101a061024085015261509d6102e085018284614048565b9150506150ae610120890189614000565b84830361013f19016102608601526150c7838284614048565b925050506150d9610140890189614070565b84830361013f19016102808601526150f2838284614224565b92505050615104610160890189614070565b84830361013f19016102a086015261511d8382846140b4565b9250505061512f6101808901896140f3565b83820361013f19016102c08501526151478282614110565b91505086602084015261516560408401876001600160a01b03169052565b82810360608401526151778186614609565b9150506107676080830184613ce9565b5f5f5f5f84860361012081121561519c575f5ffd5b60c08112156151a9575f5ffd5b506151b2613e3a565b85516151bd816138e0565b815260208601516151cd816138e0565b602082015260408601516151e0816138e0565b604082015260608601516151f3816138e0565b60608201526080860151615206816138e0565b608082015260a0860151615219816138e0565b60a082015260c08601519094506001600160401b03811115615239575f5ffd5b61524587828801614825565b60e08701516101009097015195989097509350505050565b5f82601f83011261526c575f5ffd5b813561527a613efd82614803565b8082825260208201915060208360061b86010192508583111561529b575f5ffd5b602085015b838110156148b057604081880312156152b7575f5ffd5b6152bf613e18565b8135815260208201356152d1816138e0565b60208281019190915290845292909201916040016152a0565b5f6101a082360312156152fb575f5ffd5b615303613e5c565b82358152602080840135908201526040808401359082015261532760608401613b27565b6060820152615338608084016138f4565b608082015261534960a084016138f4565b60a082015261535a60c084016138f4565b60c082015261536b60e084016138f4565b60e08201526101008301356001600160401b03811115615389575f5ffd5b61539536828601614946565b610100830152506101208301356001600160401b038111156153b5575f5ffd5b6153c136828601614946565b610120830152506101408301356001600160401b038111156153e1575f5ffd5b6153ed3682860161525d565b610140830152506101608301356001600160401b0381111561540d575f5ffd5b61541936828601614993565b610160830152506101808301356001600160401b03811115615439575f5ffd5b61544536828601614a13565b6101808301525092915050565b5f8151808452602084019350602083015f5b828110156140e9578151805187526020908101516001600160a01b03168188015260409096019590910190600101615464565b8051825260208101516020830152604081015160408301525f60608201516154c7606085018263ffffffff169052565b5060808201516154e260808501826001600160a01b03169052565b5060a08201516154fd60a08501826001600160a01b03169052565b5060c082015161551860c08501826001600160a01b03169052565b5060e082015161553360e08501826001600160a01b03169052565b506101008201516101a06101008501526155516101a08501826139f4565b905061012083015184820361012086015261556c82826139f4565b9150506101408301518482036101408601526155888282615452565b9150506101608301518482036101608601526155a48282614b37565b9150506101808301518482036101808601526141f38282614b73565b602081525f82516101c060208401526155dd6101e0840182615497565b90506020840151604084015260408401516155fb6060850182613ce9565b5060608401516001600160a01b0316610120840152608084015161014084015260a0840151838203601f19016101608501526156378282614584565b91505060c084015161565261018085018263ffffffff169052565b5060e08401516101a0840152610100909301516101c0909201919091525090565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f600182016156ac576156ac615687565b5060010190565b600181811c908216806156c757607f821691505b60208210810361382f57634e487b7160e01b5f52602260045260245ffd5b828152604060208201525f613b0e60408301846139f4565b5f82518060208501845e5f920191825250919050565b818103818111156106dd576106dd615687565b634e487b7160e01b5f52603160045260245ffdfe503cf060389b91af8851125bd70ce66d16d12330718b103fc7674ef6d27e70c9c879325803e3bffefede731d4ac4d9d80ed4879e9766730a29e9f0078a309090";

/** Byte offsets in the creation bytecode where each library's 20-byte address must be written. */
export const haloFactoryLinkReferences: Readonly<Record<string, readonly number[]>> = {"ClassDeployer":[11078],"LctsUnitDeployer":[8743]};
