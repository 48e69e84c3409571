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
export const haloFactoryBytecode: `0x${string}` = "0x610220604052348015610010575f5ffd5b5060405161616b38038061616b83398101604081905261002f91610686565b604080518082018252600b81526a48616c6f466163746f727960a81b602080830191909152825180840190935260018352603160f81b90830152906100758260026103db565b610120526100848160036103db565b61014052815160208084019190912060e052815190820120610100524660a05261011060e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05282516001600160a01b03166101615760405163f8b39ded60e01b815260206004820152600860248201526774696d656c6f636b60c01b60448201526064015b60405180910390fd5b60208301516001600160a01b03166101af5760405163f8b39ded60e01b815260206004820152601060248201526f74656d706c617465526567697374727960801b6044820152606401610158565b60408301516001600160a01b03166101f95760405163f8b39ded60e01b815260206004820152600c60248201526b68616c6f526567697374727960a01b6044820152606401610158565b60608301516001600160a01b03166102405760405163f8b39ded60e01b81526020600482015260096024820152686265616d537461746560b81b6044820152606401610158565b60808301516001600160a01b031661028a5760405163f8b39ded60e01b815260206004820152600c60248201526b31b7b73334b3bab930ba37b960a11b6044820152606401610158565b60a08301516001600160a01b03166102d55760405163f8b39ded60e01b815260206004820152600d60248201526c31b132b0b6a83937b837b9b2b960991b6044820152606401610158565b82516001600160a01b03908116610160526020840151811661018052604084015181166101a052606084015181166101c052608084015181166101e05260a084015116610200528251610329905f9061040d565b505f5b82518110156103875761037e7f503cf060389b91af8851125bd70ce66d16d12330718b103fc7674ef6d27e70c984838151811061036b5761036b61076a565b602002602001015161040d60201b60201c565b5060010161032c565b505f5b81518110156103d2576103c97f5ff1fb0ce9089603e6e193667ed17164e0360a6148f4a39fc194055588948a3183838151811061036b5761036b61076a565b5060010161038a565b50505050610914565b5f6020835110156103f6576103ef83610441565b9050610407565b816104018482610802565b5060ff90505b92915050565b5f80610419848461047e565b9050801561043a575f8481526001602052604090206104389084610525565b505b9392505050565b5f5f829050601f8151111561046b578260405163305a27a960e01b815260040161015891906108bc565b8051610476826108f1565b179392505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661051e575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556104d63390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610407565b505f610407565b5f61043a836001600160a01b0384165f81815260018301602052604081205461051e57508154600181810184555f848152602080822090930184905584548482528286019093526040902091909155610407565b634e487b7160e01b5f52604160045260245ffd5b60405160c081016001600160401b03811182821017156105af576105af610579565b60405290565b604051601f8201601f191681016001600160401b03811182821017156105dd576105dd610579565b604052919050565b80516001600160a01b03811681146105fb575f5ffd5b919050565b5f82601f83011261060f575f5ffd5b81516001600160401b0381111561062857610628610579565b8060051b610638602082016105b5565b91825260208185018101929081019086841115610653575f5ffd5b6020860192505b8383101561067c5761066b836105e5565b82526020928301929091019061065a565b9695505050505050565b5f5f5f83850361010081121561069a575f5ffd5b60c08112156106a7575f5ffd5b506106b061058d565b6106b9856105e5565b81526106c7602086016105e5565b60208201526106d8604086016105e5565b60408201526106e9606086016105e5565b60608201526106fa608086016105e5565b608082015261070b60a086016105e5565b60a082015260c08501519093506001600160401b0381111561072b575f5ffd5b61073786828701610600565b60e086015190935090506001600160401b03811115610754575f5ffd5b61076086828701610600565b9150509250925092565b634e487b7160e01b5f52603260045260245ffd5b600181811c9082168061079257607f821691505b6020821081036107b057634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156107fd57805f5260205f20601f840160051c810160208510156107db5750805b601f840160051c820191505b818110156107fa575f81556001016107e7565b50505b505050565b81516001600160401b0381111561081b5761081b610579565b61082f81610829845461077e565b846107b6565b6020601f821160018114610861575f831561084a5750848201515b5f19600385901b1c1916600184901b1784556107fa565b5f84815260208120601f198516915b828110156108905787850151825560209485019460019092019101610870565b50848210156108ad57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156107b0575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e05161020051615745610a265f395f818161033a015281816108680152818161100d015261225301525f81816102e6015261222401525f818161039b0152818161109a0152818161168f0152818161174e015281816118ce01526121f501525f81816103dd01528181610b04015281816115eb015281816118fd01528181611ee801526121c601525f818161053901528181611bde01528181612197015261258201525f818161064b01528181611852015261216801525f611e6a01525f611e3801525f61313101525f61310901525f61306401525f61308e01525f6130b801526157455ff3fe608060405234801561000f575f5ffd5b506004361061023f575f3560e01c8063839dcd0c11610135578063bfc1bbf5116100b4578063d33219b411610079578063d33219b414610646578063d547741f1461066d578063da4c610a14610680578063f3ca4a4914610693578063f4cda01d146106a6575f5ffd5b8063bfc1bbf5146105a8578063c1b8411a146105c7578063c5183be4146105db578063ca15c873146105fb578063cab7e8eb1461060e575f5ffd5b8063a0af81f0116100fa578063a0af81f014610534578063a217fddf1461055b578063a3246ad314610562578063a6b4d1d814610582578063b70e36f014610595575f5ffd5b8063839dcd0c146104ba57806384b0196e146104cd5780639010d07c146104e857806391d14854146104fb5780639938a7771461050e575f5ffd5b80633efa892b116101c15780636387925911610186578063638792591461044e5780636a80ff111461046e5780636f403a30146104815780637d79212014610494578063810edb30146104a7575f5ffd5b80633efa892b146103965780634519cd57146103bd57806346e08229146103d85780635dd8a33e146103ff5780635de7283d14610426575f5ffd5b80632b507df8116102075780632b507df8146102e15780632f2ff15d14610320578063306f9bed1461033557806336568abe1461035c5780633d111c7e1461036f575f5ffd5b806301ffc9a7146102435780630555c8f21461026b57806308abfdc41461028b5780630b78c36e146102ac578063248a9ca3146102bf575b5f5ffd5b6102566102513660046137c2565b6106b9565b60405190151581526020015b60405180910390f35b61027e61027936600461380f565b6106e3565b604051610262919061387a565b61029e6102993660046138ce565b610759565b604051908152602001610262565b61029e6102ba366004613944565b610771565b61029e6102cd366004613979565b5f9081526020819052604090206001015490565b6103087f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610262565b61033361032e366004613990565b61077f565b005b6103087f000000000000000000000000000000000000000000000000000000000000000081565b61033361036a366004613990565b6107a9565b61029e7f5ff1fb0ce9089603e6e193667ed17164e0360a6148f4a39fc194055588948a3181565b6103087f000000000000000000000000000000000000000000000000000000000000000081565b6103c5600181565b60405161ffff9091168152602001610262565b6103087f000000000000000000000000000000000000000000000000000000000000000081565b61029e7f875bd701d7c3c8c515e81e3dce44b11441b109bf58ee3cb7d800be2bf81adc9181565b610308610434366004613979565b5f908152600660205260409020546001600160a01b031690565b61046161045c366004613979565b6107e1565b60405161026291906139ec565b61027e61047c366004613a66565b6108f2565b61029e61048f366004613aa7565b610943565b61027e6104a2366004613afc565b610972565b61029e6104b5366004613b4e565b610a64565b6103336104c8366004613979565b610a76565b6104d5610be1565b6040516102629796959493929190613b7f565b6103086104f6366004613c15565b610c23565b610256610509366004613990565b610c3a565b61029e7e34bdb1e26331eb1ffb1a1c8b363d3416108c7b472741ec8dafbebe3279d7a881565b6103087f000000000000000000000000000000000000000000000000000000000000000081565b61029e5f81565b610575610570366004613979565b610c62565b6040516102629190613c35565b610333610590366004613979565b610c7b565b6103336105a3366004613979565b610d41565b604080515f5c81526001600160a01b0360015c16602082015201610262565b61029e5f5160206157055f395f51905f5281565b6105ee6105e9366004613c80565b610dd4565b6040516102629190613cfe565b61029e610609366004613979565b610e20565b61025661061c366004613d0c565b6001600160a01b03919091165f908152600560209081526040808320938352929052205460ff1690565b6103087f000000000000000000000000000000000000000000000000000000000000000081565b61033361067b366004613990565b610e36565b6105ee61068e366004613d36565b610e5a565b6105ee6106a1366004613afc565b610e8c565b6104616106b4366004613990565b610fdf565b5f6001600160e01b03198216635a05180f60e01b14806106dd57506106dd82611113565b92915050565b604080516060810182525f8082526020820181905291810191909152610707611147565b6107318261072c868661071d6020850185613d68565b876020013588604001356111b6565b61128d565b61074884846107436020860186613d68565b611423565b9050610752611aba565b9392505050565b5f61076786868686866111b6565b9695505050505050565b5f6107678686868686611ae4565b5f8281526020819052604090206001015461079981611b41565b6107a38383611b4e565b50505050565b6001600160a01b03811633146107d25760405163334bd91960e11b815260040160405180910390fd5b6107dc8282611b81565b505050565b6107e96136fc565b5f828152600460205260408120906001820154600160c01b900460ff16600281111561081757610817613d83565b0361083d576040516389b85a0d60e01b8152600481018490526024015b60405180910390fd5b6002810154604051637df35ca760e01b8152600481018590526001600160a01b0391821660248201527f000000000000000000000000000000000000000000000000000000000000000090911690637df35ca7906044015f60405180830381865afa1580156108ae573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526108d59190810190613f1f565b60019091015460ff600160c81b909104161560e082015292915050565b604080516060810182525f8082526020820181905291810191909152610916611147565b5f5160206157055f395f51905f5261092d81611b41565b610938848433611423565b9150506106dd611aba565b5f816040516020016109559190614121565b604051602081830303815290604052805190602001209050919050565b604080516060810182525f808252602082018190529181018290529061099a87876001611bac565b90505f5160206157255f395f51905f528160200151146109d5578060200151604051630918b2ef60e11b815260040161083491815260200190565b60608101516109f8816d2430b637a9b430b932aa37b5b2b760911b888888611c94565b6001600160a01b03168352610a21816d537562736372696265517565756560901b888888611c94565b6001600160a01b03166020840152610a4a816a52656465656d517565756560a81b888888611c94565b6001600160a01b0316604084015250909695505050505050565b5f816040516020016109559190614234565b610a8d5f5160206157055f395f51905f5233610c3a565b158015610ac15750610abf7f5ff1fb0ce9089603e6e193667ed17164e0360a6148f4a39fc194055588948a3133610c3a565b155b15610ae15760405163784c0c8b60e01b8152336004820152602401610834565b80610aff576040516327230bcb60e11b815260040160405180910390fd5b610b297f000000000000000000000000000000000000000000000000000000000000000082611cee565b15610b4a57604051632f9b836560e21b815260048101829052602401610834565b5f818152600660205260409020546001600160a01b03168015610b925760405163ac82506d60e01b8152600481018390526001600160a01b0382166024820152604401610834565b5f8281526006602052604080822080546001600160a01b031916339081179091559051909184917f3cc2eb343655b0db13227db76342f544e69f6126052c0970de75a604f11918f29190a35050565b5f6060805f5f5f6060610bf2611e31565b610bfa611e63565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f8281526001602052604081206107529083611e90565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f8181526001602052604090206060906106dd90611e9b565b5f818152600660205260409020546001600160a01b0316801580610cba5750336001600160a01b03821614801590610cba5750610cb85f33610c3a565b155b15610ce1576040516374af9c7b60e01b815260048101839052336024820152604401610834565b5f8281526006602090815260409182902080546001600160a01b031916905590513381526001600160a01b0383169184917f56839fae57c7e6ee87ea834be7ca522335bb3b13dcf5713e5199883894cce4dd910160405180910390a35050565b335f90815260056020908152604080832084845290915290205460ff1615610d8557604051637ee434fd60e01b815233600482015260248101829052604401610834565b335f818152600560209081526040808320858452909152808220805460ff19166001179055518392917f1800cd2301fbc20790ed94f3d55a28ef2306a9c31cd3c72b5b71b6e4cf5c624191a350565b610ddc613745565b610de4611147565b610e098261072c8686610dfa6020850185613d68565b87602001358860400135611ae4565b6107488484610e1b6020860186613d68565b611ea7565b5f8181526001602052604081206106dd906123c2565b5f82815260208190526040902060010154610e5081611b41565b6107a38383611b81565b610e62613745565b610e6a611147565b5f5160206157055f395f51905f52610e8181611b41565b610938848433611ea7565b610e94613745565b5f610ea087875f611bac565b9050610eaf81602001516123cb565b6060810151610ecc8167414c4d50726f787960c01b888888611c94565b6001600160a01b03168352610ef18169526174654c696d69747360b01b888888611c94565b6001600160a01b03166020840152610f1d816d2430b637a1b7b73a3937b63632b960911b888888611c94565b6001600160a01b0316604084015260208201517f28be13efe402cf9ccd7d2906325e8ec00518dd0d163f30cd2f30f03d939e419c01610fd457610f72816b4e666174466163696c69747960a01b888888611c94565b6001600160a01b03166060840152610f9d816c273330ba2232b0b62a37b5b2b760991b888888611c94565b6001600160a01b03166080840152610fc581694e66617452656465656d60b01b888888611c94565b6001600160a01b031660a08401525b505095945050505050565b610fe76136fc565b604051637df35ca760e01b8152600481018490526001600160a01b0383811660248301527f00000000000000000000000000000000000000000000000000000000000000001690637df35ca7906044015f60405180830381865afa158015611051573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526110789190810190613f1f565b60405163901bb3f360e01b81526001600160a01b0384811660048301529192507f00000000000000000000000000000000000000000000000000000000000000009091169063901bb3f390602401602060405180830381865afa1580156110e1573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061110591906143ae565b60011460e082015292915050565b5f6001600160e01b03198216637965db0b60e01b14806106dd57506301ffc9a760e01b6001600160e01b03198316146106dd565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561118757604051633ee5aeb560e01b815260040160405180910390fd5b6111b460017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612429565b565b6020808601355f908152600490915260408120816001820154600160c01b900460ff1660028111156111ea576111ea613d83565b0361120e576040516389b85a0d60e01b815260208801356004820152602401610834565b80546001820154611282917f875bd701d7c3c8c515e81e3dce44b11441b109bf58ee3cb7d800be2bf81adc919188919063ffffffff1661124d8c610943565b8b8a8a6040516020016112679897969594939291906143c5565b60405160208183030381529060405280519060200120612430565b979650505050505050565b5f61129b6020840184613d68565b905082602001354211156112ce576040516348e396ff60e11b815260208401356004820152426024820152604401610834565b6112f87f5ff1fb0ce9089603e6e193667ed17164e0360a6148f4a39fc194055588948a3182610c3a565b6113205760405163cbddbfe560e01b81526001600160a01b0382166004820152602401610834565b6001600160a01b0381165f90815260056020908152604080832086820135845290915290205460ff161561137c5760408051637ee434fd60e01b81526001600160a01b0383166004820152908401356024820152604401610834565b6113c7818361138e606087018761440a565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061245c92505050565b6113ef57604051630b5dfa5760e31b81526001600160a01b0382166004820152602401610834565b6001600160a01b03165f90815260056020908152604080832094810135835293905291909120805460ff1916600117905550565b604080516060810182525f808252602082018190529181019190915283358061145f576040516327230bcb60e11b815260040160405180910390fd5b6020858101355f90815260048252604080822081516101208101835281548152600182015463ffffffff81169582019590955264010000000085046001600160a01b03169281019290925291929091906060830190600160c01b900460ff1660028111156114cf576114cf613d83565b60028111156114e0576114e0613d83565b81526001820154600160c81b900460ff161515602082015260028201546001600160a01b03908116604083015260038301548116606083015260048301548116608083015260059092015490911660a09091015290505f8160600151600281111561154d5761154d613d83565b03611571576040516389b85a0d60e01b815260208701356004820152602401610834565b60018160600151600281111561158957611589613d83565b146115e657604051631b01c01760e01b8152602087013560048201525f5160206157255f395f51905f5260248201527fd741ec101bfd30633282d6f9cda1713ffae722f2e9c0cf32d0cf0fc26c61be646044820152606401610834565b6116107f000000000000000000000000000000000000000000000000000000000000000083611cee565b156116315760405163a63fbeb760e01b815260048101839052602401610834565b61163b82856124cc565b5f61164f825f015183602001516001612550565b905061166b611661608089018961444c565b83608001516126fd565b60c0820151604051633d0a63e960e11b81526001600160a01b0391821660048201527f000000000000000000000000000000000000000000000000000000000000000090911690637a14c7d290602401602060405180830381865afa1580156116d6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116fa91906143ae565b5f0361172a5760c0820151604051633896328160e01b81526001600160a01b039091166004820152602401610834565b6040828101519051636d46114f60e11b81526001600160a01b0391821660048201527f00000000000000000000000000000000000000000000000000000000000000009091169063da8c229e90602401602060405180830381865afa158015611795573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117b991906143ae565b5f036117e957604080830151905163236f20b960e11b81526001600160a01b039091166004820152602401610834565b606073__$eeee79e59d8dc6341e10b45c7a031f2734$__634b238fb58989898661192f896040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c08101919091526040518060e001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020018361010001516001600160a01b031681526020018360e001516001600160a01b0316815260200183604001516001600160a01b031681526020018360c001516001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152509050919050565b6040518663ffffffff1660e01b815260040161194f959493929190614668565b5f60405180830381865af4158015611969573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526119909190810190614869565b8092508196505050876020013584600161ffff167fd5ddd96e694ef60ba2f0c34e5d7160e53c65c57cd2f353b7e1e842e336263cd26040518061012001604052808d6119db90614a12565b8152602001885f01518152602001886020015163ffffffff16815260200188604001516001600160a01b031663ec5568896040518163ffffffff1660e01b8152600401602060405180830381865afa158015611a39573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a5d9190614ae6565b6001600160a01b031681526020018a81526020018b6001600160a01b031681526020018c81526020018681526020018760c0015163ffffffff16815250604051611aa79190614bda565b60405180910390a4505050509392505050565b6111b45f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006111ae565b5f6107677e34bdb1e26331eb1ffb1a1c8b363d3416108c7b472741ec8dafbebe3279d7a8856040890135611b1e60808b0160608c01614cb8565b611b278b610a64565b8a89896040516020016112679897969594939291906143c5565b611b4b813361290b565b50565b5f5f611b5a8484612948565b90508015610752575f848152600160205260409020611b7990846129d7565b509392505050565b5f5f611b8d84846129eb565b90508015610752575f848152600160205260409020611b799084612a54565b611bb4613779565b604051636a8dabd360e01b81526004810185905263ffffffff8416602482015282151560448201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636a8dabd3906064015f60405180830381865afa158015611c2a573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052611c519190810190614e42565b90505f81516004811115611c6757611c67613d83565b036107525760405163064bd7c360e31b81526004810185905263ffffffff84166024820152604401610834565b5f610767611ca28787612a68565b602090810151604080518084018990528082018890526001600160a01b038716606082015260808082018b90528251808303909101815260a09091019091528051920191909120612b07565b604051636caa470760e01b8152600481018290525f906001600160a01b03841690636caa470790602401602060405180830381865afa158015611d33573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611d579190614f81565b80611dc4575060405163b0db18ad60e01b8152600481018390526001600160a01b0384169063b0db18ad90602401602060405180830381865afa158015611da0573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611dc49190614f81565b8061075257506040516352dc92e960e11b8152600481018390526001600160a01b0384169063a5b925d290602401602060405180830381865afa158015611e0d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107529190614f81565b6060611e5e7f00000000000000000000000000000000000000000000000000000000000000006002612b6f565b905090565b6060611e5e7f00000000000000000000000000000000000000000000000000000000000000006003612b6f565b5f6107528383612c18565b60605f61075283612c3e565b611eaf613745565b833580611ecf576040516327230bcb60e11b815260040160405180910390fd5b6040516352dc92e960e11b8152602086013560048201527f0000000000000000000000000000000000000000000000000000000000000000906001600160a01b0382169063a5b925d290602401602060405180830381865afa158015611f37573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611f5b9190614f81565b611f7e5760405163236d13db60e01b815260208701356004820152602401610834565b611f888183611cee565b15611fa957604051630e6625ff60e11b815260048101839052602401610834565b611fb382856124cc565b5f611fc5610100880160e08901613d68565b6001600160a01b03160361200b5760405163f8b39ded60e01b815260206004820152600c60248201526b19195c1bdcda5d105cdcd95d60a21b6044820152606401610834565b5f61201c60e0880160c08901613d68565b6001600160a01b03160361205c5760405163f8b39ded60e01b8152602060048201526006602482015265676f764f707360d01b6044820152606401610834565b5f61207b604088013561207560808a0160608b01614cb8565b5f612550565b905061208a81602001516123cb565b6120a861209e610100890160e08a01613d68565b8260e00151612c97565b6120b961166161016089018961444c565b6120d46120ca61014089018961444c565b8360400151612d27565b82805f5d506120e960e0880160c08901613d68565b6001805c6001600160a01b0319166001600160a01b03831617905d5060605f5f73__$a7949b05448a27b0459aef19b9dedb1b81$__6333b58c8a8b8b8b886122836040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091526040518060c001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316815250905090565b6040518663ffffffff1660e01b81526004016122a3959493929190614f9a565b5f60405180830381865af41580156122bd573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526122e49190810190615151565b929950909450925090505f80805d505f6001805c6001600160a01b031916905d506123138a8589851515612eb1565b896020013586600161ffff167f0dc45615c5136163273f149e6f5f72fd5876c8ecdcf2740c82410786c5bfbbe06040518061012001604052808f612356906152b4565b8152602001896020015181526020018c81526020018d6001600160a01b031681526020018e81526020018881526020018960c0015163ffffffff168152602001878152602001868152506040516123ad919061558a565b60405180910390a45050505050509392505050565b5f6106dd825490565b5f5160206157255f395f51905f52811415801561240857507fd741ec101bfd30633282d6f9cda1713ffae722f2e9c0cf32d0cf0fc26c61be648114155b15611b4b57604051630918b2ef60e11b815260048101829052602401610834565b80825d5050565b5f6106dd61243c613058565b8360405161190160f01b8152600281019290925260228201526042902090565b5f836001600160a01b03163b5f036124ba575f5f61247a8585613181565b5090925090505f81600381111561249357612493613d83565b1480156124b15750856001600160a01b0316826001600160a01b0316145b92505050610752565b6124c58484846131ca565b9050610752565b5f828152600660205260409020546001600160a01b0316806124ed57505050565b816001600160a01b0316816001600160a01b0316146125315760405163ac82506d60e01b8152600481018490526001600160a01b0382166024820152604401610834565b50505f90815260066020526040902080546001600160a01b0319169055565b612558613779565b604051636a8dabd360e01b81526004810185905263ffffffff8416602482015282151560448201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636a8dabd3906064015f60405180830381865afa1580156125ce573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526125f59190810190614e42565b80519091505f81600481111561260d5761260d613d83565b0361263a5760405163064bd7c360e31b81526004810186905263ffffffff85166024820152604401610834565b600181600481111561264e5761264e613d83565b0361267b5760405163769c4d7f60e11b81526004810186905263ffffffff85166024820152604401610834565b600381600481111561268f5761268f613d83565b036126bc57604051638ebe9b4760e01b81526004810186905263ffffffff85166024820152604401610834565b60048160048111156126d0576126d0613d83565b03611b7957604051637464ae6760e01b81526004810186905263ffffffff85166024820152604401610834565b5f5b828110156128c7575f84848381811061271a5761271a61563d565b604002919091013591505f90505b8281101561277557818686838181106127435761274361563d565b9050604002015f01350361276d57604051632e79e8bb60e21b815260048101839052602401610834565b600101612728565b505f5b8351811080156127a45750818482815181106127965761279661563d565b60200260200101515f015114155b156127b9576127b281615665565b9050612778565b835181036127dd576040516339414d1160e11b815260048101839052602401610834565b5f8686858181106127f0576127f061563d565b90506040020160200135905084828151811061280e5761280e61563d565b60200260200101516020015181108061284357508482815181106128345761283461563d565b60200260200101516040015181115b156128b957828186848151811061285c5761285c61563d565b60200260200101516020015187858151811061287a5761287a61563d565b6020026020010151604001516040516344bc48a960e01b8152600401610834949392919093845260208401929092526040830152606082015260800190565b5050508060010190506126ff565b50805182146107dc575f5b81518110156107a35761290284848484815181106128f2576128f261563d565b60200260200101515f01516132a0565b506001016128d2565b6129158282610c3a565b6129445760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610834565b5050565b5f6129538383610c3a565b6129d0575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556129883390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016106dd565b505f6106dd565b5f610752836001600160a01b038416613315565b5f6129f68383610c3a565b156129d0575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016106dd565b5f610752836001600160a01b03841661335a565b612a9260405180606001604052805f81526020015f6001600160a01b031681526020015f81525090565b5f5b8351811015612aea5782848281518110612ab057612ab061563d565b60200260200101515f015103612ae257838181518110612ad257612ad261563d565b60200260200101519150506106dd565b600101612a94565b5060405163a417080f60e01b815260048101839052602401610834565b6040513060388201526f5af43d82803e903d91602b57fd5bf3ff602482015260148101839052733d602d80600a3d3981f3363d3d373d3d3d363d738152605881018290526037600c820120607882015260556043909101205f906001600160a01b0316610752565b606060ff8314612b8957612b828361343d565b90506106dd565b818054612b959061567d565b80601f0160208091040260200160405190810160405280929190818152602001828054612bc19061567d565b8015612c0c5780601f10612be357610100808354040283529160200191612c0c565b820191905f5260205f20905b815481529060010190602001808311612bef57829003601f168201915b505050505090506106dd565b5f825f018281548110612c2d57612c2d61563d565b905f5260205f200154905092915050565b6060815f01805480602002602001604051908101604052809291908181526020018280548015612c8b57602002820191905f5260205f20905b815481526020019060010190808311612c77575b50505050509050919050565b805115612d1e575f5b815181108015612cdb5750826001600160a01b0316828281518110612cc757612cc761563d565b60200260200101516001600160a01b031614155b15612cf057612ce981615665565b9050612ca0565b81518103612d1c576040516336af4e0d60e01b81526001600160a01b0384166004820152602401610834565b505b6107dc8261347a565b5f5b82811015612e70575f848483818110612d4457612d4461563d565b604002919091013591505f90505b82811015612d9f5781868683818110612d6d57612d6d61563d565b9050604002015f013503612d975760405163efe24bc760e01b815260048101839052602401610834565b600101612d52565b505f805b8451811015612dd95782858281518110612dbf57612dbf61563d565b602002602001015103612dd157600191505b600101612da3565b5080612dfb57604051638a3de8d760e01b815260048101839052602401610834565b5f868685818110612e0e57612e0e61563d565b9050604002016020016020810190612e269190613d68565b6001600160a01b031603612e665760405163f8b39ded60e01b81526020600482015260066024820152653132b0b1b7b760d11b6044820152606401610834565b5050600101612d29565b50805182146107dc575f5b81518110156107a357612ea88484848481518110612e9b57612e9b61563d565b602002602001015161358a565b50600101612e7b565b60208084015185355f90815260049092526040918290209186013582555f5160206157255f395f51905f521490612eee6080870160608801614cb8565b60018201805460408701516001600160a01b0316640100000000026001600160c01b031990911663ffffffff939093169290921791909117905581612f34576002612f37565b60015b60018201805460ff60c01b1916600160c01b836002811115612f5b57612f5b613d83565b021790555060018101805460ff60c81b1916600160c81b85151502179055612f8960e0870160c08801613d68565b6002820180546001600160a01b0319166001600160a01b039290921691909117905581156130505760208401516003820180546001600160a01b0319166001600160a01b03909216919091179055612fe8610100870160e08801613d68565b6004820180546001600160a01b0319166001600160a01b039290921691909117905561302d61301b61014088018861444c565b686c7068612d6c63747360b81b61358a565b6005820180546001600160a01b0319166001600160a01b03929092169190911790555b505050505050565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156130b057507f000000000000000000000000000000000000000000000000000000000000000046145b156130da57507f000000000000000000000000000000000000000000000000000000000000000090565b611e5e604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f5f83516041036131b8576020840151604085015160608601515f1a6131aa8882858561360d565b9550955095505050506131c3565b505081515f91506002905b9250925092565b5f5f5f856001600160a01b031685856040516024016131ea9291906156af565b60408051601f198184030181529181526020820180516001600160e01b0316630b135d3f60e11b1790525161321f91906156c7565b5f60405180830381855afa9150503d805f8114613257576040519150601f19603f3d011682016040523d82523d5f602084013e61325c565b606091505b509150915081801561327057506020815110155b801561076757508051630b135d3f60e11b9061329590830160209081019084016143ae565b149695505050505050565b5f805b838110156132f857828585838181106132be576132be61563d565b9050604002015f0135036132f0578484828181106132de576132de61563d565b90506040020160200135915050610752565b6001016132a3565b5060405163e07fb14960e01b815260048101839052602401610834565b5f8181526001830160205260408120546129d057508154600181810184555f8481526020808220909301849055845484825282860190935260409020919091556106dd565b5f8181526001830160205260408120548015613434575f61337c6001836156dd565b85549091505f9061338f906001906156dd565b90508082146133ee575f865f0182815481106133ad576133ad61563d565b905f5260205f200154905080875f0184815481106133cd576133cd61563d565b5f918252602080832090910192909255918252600188019052604090208390555b85548690806133ff576133ff6156f0565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f9055600193505050506106dd565b5f9150506106dd565b60605f613449836136d5565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b60408051600481526024810182526020810180516001600160e01b031663313ce56760e01b17905290515f91829182916001600160a01b038616916134bf91906156c7565b5f60405180830381855afa9150503d805f81146134f7576040519150601f19603f3d011682016040523d82523d5f602084013e6134fc565b606091505b509150915081158061351057508051602014155b15613539576040516303f63a5960e11b81526001600160a01b0385166004820152602401610834565b8080602001905181019061354d91906143ae565b9250602483111561358357604051631980277960e31b81526001600160a01b038516600482015260248101849052604401610834565b5050919050565b5f805b838110156135f057828585838181106135a8576135a861563d565b9050604002015f0135036135e8578484828181106135c8576135c861563d565b90506040020160200160208101906135e09190613d68565b915050610752565b60010161358d565b5060405163074f0b8160e11b815260048101839052602401610834565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561364657505f915060039050826136cb565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015613697573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166136c257505f9250600191508290506136cb565b92505f91508190505b9450945094915050565b5f60ff8216601f8111156106dd57604051632cd44ac360e21b815260040160405180910390fd5b6040518061010001604052805f81526020015f6001600160a01b031681526020015f8152602001606081526020015f81526020015f81526020015f81526020015f151581525090565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a081019190915290565b604080516101008101909152805f81526020015f8152602001606081526020016060815260200160608152602001606081526020015f63ffffffff168152602001606081525090565b5f602082840312156137d2575f5ffd5b81356001600160e01b031981168114610752575f5ffd5b5f60c082840312156137f9575f5ffd5b50919050565b5f608082840312156137f9575f5ffd5b5f5f5f60608486031215613821575f5ffd5b83356001600160401b03811115613836575f5ffd5b613842868287016137e9565b9350506020840135915060408401356001600160401b03811115613864575f5ffd5b613870868287016137ff565b9150509250925092565b606081016106dd828480516001600160a01b03908116835260208083015182169084015260409182015116910152565b6001600160a01b0381168114611b4b575f5ffd5b80356138c9816138aa565b919050565b5f5f5f5f5f60a086880312156138e2575f5ffd5b85356001600160401b038111156138f7575f5ffd5b613903888289016137e9565b95505060208601359350604086013561391b816138aa565b94979396509394606081013594506080013592915050565b5f6101a082840312156137f9575f5ffd5b5f5f5f5f5f60a08688031215613958575f5ffd5b85356001600160401b0381111561396d575f5ffd5b61390388828901613933565b5f60208284031215613989575f5ffd5b5035919050565b5f5f604083850312156139a1575f5ffd5b8235915060208301356139b3816138aa565b809150509250929050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081528151602082015260018060a01b036020830151166040820152604082015160608201525f60608301516101006080840152613a2f6101208401826139be565b9050608084015160a084015260a084015160c084015260c084015160e084015260e084015115156101008401528091505092915050565b5f5f60408385031215613a77575f5ffd5b82356001600160401b03811115613a8c575f5ffd5b613a98858286016137e9565b95602094909401359450505050565b5f60208284031215613ab7575f5ffd5b81356001600160401b03811115613acc575f5ffd5b613ad8848285016137e9565b949350505050565b63ffffffff81168114611b4b575f5ffd5b80356138c981613ae0565b5f5f5f5f5f60a08688031215613b10575f5ffd5b853594506020860135613b2281613ae0565b935060408601359250606086013591506080860135613b40816138aa565b809150509295509295909350565b5f60208284031215613b5e575f5ffd5b81356001600160401b03811115613b73575f5ffd5b613ad884828501613933565b60ff60f81b8816815260e060208201525f613b9d60e08301896139be565b8281036040840152613baf81896139be565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015613c04578351835260209384019390920191600101613be6565b50909b9a5050505050505050505050565b5f5f60408385031215613c26575f5ffd5b50508035926020909101359150565b602080825282518282018190525f918401906040840190835b81811015613c755783516001600160a01b0316835260209384019390920191600101613c4e565b509095945050505050565b5f5f5f60608486031215613c92575f5ffd5b83356001600160401b03811115613ca7575f5ffd5b61384286828701613933565b80516001600160a01b03908116835260208083015182169084015260408083015182169084015260608083015182169084015260808083015182169084015260a09182015116910152565b60c081016106dd8284613cb3565b5f5f60408385031215613d1d575f5ffd5b8235613d28816138aa565b946020939093013593505050565b5f5f60408385031215613d47575f5ffd5b82356001600160401b03811115613d5c575f5ffd5b613a9885828601613933565b5f60208284031215613d78575f5ffd5b8135610752816138aa565b634e487b7160e01b5f52602160045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b60405161010081016001600160401b0381118282101715613dce57613dce613d97565b60405290565b604051606081016001600160401b0381118282101715613dce57613dce613d97565b604080519081016001600160401b0381118282101715613dce57613dce613d97565b60405160c081016001600160401b0381118282101715613dce57613dce613d97565b6040516101a081016001600160401b0381118282101715613dce57613dce613d97565b604051601f8201601f191681016001600160401b0381118282101715613e8557613e85613d97565b604052919050565b80516138c9816138aa565b5f6001600160401b03821115613eb057613eb0613d97565b50601f01601f191660200190565b5f82601f830112613ecd575f5ffd5b8151613ee0613edb82613e98565b613e5d565b818152846020838601011115613ef4575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b805180151581146138c9575f5ffd5b5f60208284031215613f2f575f5ffd5b81516001600160401b03811115613f44575f5ffd5b82016101008185031215613f56575f5ffd5b613f5e613dab565b81518152613f6e60208301613e8d565b60208201526040828101519082015260608201516001600160401b03811115613f95575f5ffd5b613fa186828501613ebe565b6060830152506080828101519082015260a0808301519082015260c08083015190820152613fd160e08301613f10565b60e0820152949350505050565b5f5f8335601e19843603018112613ff3575f5ffd5b83016020810192503590506001600160401b03811115614011575f5ffd5b80360382131561401f575f5ffd5b9250929050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b5f5f8335601e19843603018112614063575f5ffd5b83016020810192503590506001600160401b03811115614081575f5ffd5b8060061b360382131561401f575f5ffd5b8183526020830192505f815f5b848110156140c75781358652602080830135908701526040958601959091019060010161409f565b5093949350505050565b5f8235603e198336030181126140e5575f5ffd5b90910192915050565b5f6140f98283613fde565b6040855261410b604086018284614026565b6020948501359590940194909452509092915050565b60208082528235828201528201356040808301919091525f9061414690840184613fde565b60c0606085015261415b60e085018284614026565b91505061416b6060850185613fde565b848303601f19016080860152614182838284614026565b92505050614193608085018561404e565b848303601f190160a08601526141aa838284614092565b925050506141bb60a08501856140d1565b838203601f190160c08501526141d182826140ee565b95945050505050565b8035825260208101356141ec816138aa565b6001600160a01b03166020929092019190915250565b8183526020830192505f815f5b848110156140c75761422186836141da565b604095860195919091019060010161420f565b60208082528235828201528201356040808301919091528201356060808301919091525f90614264908401613af1565b63ffffffff811660808401525061427d608084016138be565b6001600160a01b03811660a08401525061429960a084016138be565b6001600160a01b03811660c0840152506142b560c084016138be565b6001600160a01b03811660e0840152506142d160e084016138be565b6001600160a01b038116610100840152506142f0610100840184613fde565b6101a06101208501526143086101c085018284614026565b915050614319610120850185613fde565b848303601f1901610140860152614331838284614026565b9250505061434361014085018561404e565b848303601f190161016086015261435b838284614202565b9250505061436d61016085018561404e565b848303601f1901610180860152614385838284614092565b925050506143976101808501856140d1565b838203601f19016101a08501526141d182826140ee565b5f602082840312156143be575f5ffd5b5051919050565b9788526001600160a01b03969096166020880152604087019490945263ffffffff929092166060860152608085015260a084015260c083015260e08201526101000190565b5f5f8335601e1984360301811261441f575f5ffd5b8301803591506001600160401b03821115614438575f5ffd5b60200191503681900382131561401f575f5ffd5b5f5f8335601e19843603018112614461575f5ffd5b8301803591506001600160401b0382111561447a575f5ffd5b6020019150600681901b360382131561401f575f5ffd5b600581106144ad57634e487b7160e01b5f52602160045260245ffd5b9052565b5f8151808452602084019350602083015f5b828110156140c75781518652602095860195909101906001016144c3565b5f8151808452602084019350602083015f5b828110156140c7578151805187526020808201516001600160a01b03168189015260409182015191880191909152606090960195909101906001016144f3565b5f8151808452602084019350602083015f5b828110156140c757815180518752602081015160208801526040810151604088015250606086019550602082019150600181019050614545565b5f8151808452602084019350602083015f5b828110156140c75781516001600160a01b0316865260209586019590910190600101614591565b6145c3828251614491565b602081015160208301525f604082015161010060408501526145e96101008501826144b1565b90506060830151848203606086015261460282826144e1565b9150506080830151848203608086015261461c8282614533565b91505060a083015184820360a08601526146368282614533565b91505060c083015161465060c086018263ffffffff169052565b5060e083015184820360e08601526141d1828261457f565b61016080825286359082015260208601356101808201525f61468d6040880188613fde565b60c06101a08501526146a461022085018284614026565b9150506146b46060890189613fde565b84830361015f19016101c08601526146cd838284614026565b925050506146de608089018961404e565b84830361015f19016101e08601526146f7838284614092565b9250505061470860a08901896140d1565b83820361015f190161020085015261472082826140ee565b91505086602084015261473e60408401876001600160a01b03169052565b828103606084015261475081866145b8565b915050610767608083018480516001600160a01b03908116835260208083015182169084015260408083015182169084015260608083015182169084015260808083015182169084015260a08083015182169084015260c09182015116910152565b5f6001600160401b038211156147ca576147ca613d97565b5060051b60200190565b5f82601f8301126147e3575f5ffd5b8151602083015f6147f6613edb846147b2565b838152606090930282019290506020810186841115614813575f5ffd5b8383101561485f575f6060848903121561482b575f5ffd5b614833613dd4565b845181526020808601518183015260408087015190830152908352606090940193919091019050614813565b5095945050505050565b5f5f828403608081121561487b575f5ffd5b6060811215614888575f5ffd5b50614891613dd4565b835161489c816138aa565b815260208401516148ac816138aa565b602082015260408401516148bf816138aa565b604082015260608401519092506001600160401b038111156148df575f5ffd5b6148eb858286016147d4565b9150509250929050565b5f82601f830112614904575f5ffd5b8135614912613edb82613e98565b818152846020838601011115614926575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f82601f830112614951575f5ffd5b813561495f613edb826147b2565b8082825260208201915060208360061b860101925085831115614980575f5ffd5b602085015b8381101561485f576040818803121561499c575f5ffd5b6149a4613df6565b81358152602080830135818301529084529290920191604001614985565b5f604082840312156149d2575f5ffd5b6149da613df6565b905081356001600160401b038111156149f1575f5ffd5b6149fd848285016148f5565b82525060209182013591810191909152919050565b5f60c08236031215614a22575f5ffd5b614a2a613e18565b823581526020808401359082015260408301356001600160401b03811115614a50575f5ffd5b614a5c368286016148f5565b60408301525060608301356001600160401b03811115614a7a575f5ffd5b614a86368286016148f5565b60608301525060808301356001600160401b03811115614aa4575f5ffd5b614ab036828601614942565b60808301525060a08301356001600160401b03811115614ace575f5ffd5b614ada368286016149c2565b60a08301525092915050565b5f60208284031215614af6575f5ffd5b8151610752816138aa565b5f8151808452602084019350602083015f5b828110156140c7578151805187526020908101518188015260409096019590910190600101614b13565b5f815160408452614b5160408501826139be565b602093840151949093019390935250919050565b80518252602081015160208301525f604082015160c06040850152614b8d60c08501826139be565b905060608301518482036060860152614ba682826139be565b91505060808301518482036080860152614bc08282614b01565b91505060a083015184820360a08601526141d18282614b3d565b602081525f82516101606020840152614bf7610180840182614b65565b9050602084015160408401526040840151614c1a606085018263ffffffff169052565b5060608401516001600160a01b038116608085015250608084015180516001600160a01b0390811660a08601526020820151811660c086015260408201511660e08501525060a08401516001600160a01b0381166101008501525060c084015161012084015260e0840151838203601f1901610140850152614c9c8282614533565b915050610100840151611b7961016085018263ffffffff169052565b5f60208284031215614cc8575f5ffd5b813561075281613ae0565b8051600581106138c9575f5ffd5b5f82601f830112614cf0575f5ffd5b8151614cfe613edb826147b2565b8082825260208201915060208360051b860101925085831115614d1f575f5ffd5b602085015b8381101561485f578051835260209283019201614d24565b5f82601f830112614d4b575f5ffd5b8151614d59613edb826147b2565b80828252602082019150602060608402860101925085831115614d7a575f5ffd5b602085015b8381101561485f5760608188031215614d96575f5ffd5b614d9e613dd4565b815181526020820151614db0816138aa565b602082810191909152604083810151908301529084529290920191606001614d7f565b80516138c981613ae0565b5f82601f830112614ded575f5ffd5b8151614dfb613edb826147b2565b8082825260208201915060208360051b860101925085831115614e1c575f5ffd5b602085015b8381101561485f578051614e34816138aa565b835260209283019201614e21565b5f60208284031215614e52575f5ffd5b81516001600160401b03811115614e67575f5ffd5b82016101008185031215614e79575f5ffd5b614e81613dab565b614e8a82614cd3565b81526020828101519082015260408201516001600160401b03811115614eae575f5ffd5b614eba86828501614ce1565b60408301525060608201516001600160401b03811115614ed8575f5ffd5b614ee486828501614d3c565b60608301525060808201516001600160401b03811115614f02575f5ffd5b614f0e868285016147d4565b60808301525060a08201516001600160401b03811115614f2c575f5ffd5b614f38868285016147d4565b60a083015250614f4a60c08301614dd3565b60c082015260e08201516001600160401b03811115614f67575f5ffd5b614f7386828501614dde565b60e083015250949350505050565b5f60208284031215614f91575f5ffd5b61075282613f10565b610140808252863590820152602086013561016082015260408601356101808201525f614fc960608801613af1565b63ffffffff166101a0830152614fe1608088016138be565b6001600160a01b03166101c0830152614ffc60a088016138be565b6001600160a01b03166101e083015261501760c088016138be565b6001600160a01b031661020083015261503260e088016138be565b6001600160a01b031661022083015261504f610100880188613fde565b6101a06102408501526150676102e085018284614026565b915050615078610120890189613fde565b84830361013f1901610260860152615091838284614026565b925050506150a361014089018961404e565b84830361013f19016102808601526150bc838284614202565b925050506150ce61016089018961404e565b84830361013f19016102a08601526150e7838284614092565b925050506150f96101808901896140d1565b83820361013f19016102c085015261511182826140ee565b91505086602084015261512f60408401876001600160a01b03169052565b828103606084015261514181866145b8565b9150506107676080830184613cb3565b5f5f5f5f848603610120811215615166575f5ffd5b60c0811215615173575f5ffd5b5061517c613e18565b8551615187816138aa565b81526020860151615197816138aa565b602082015260408601516151aa816138aa565b604082015260608601516151bd816138aa565b606082015260808601516151d0816138aa565b608082015260a08601516151e3816138aa565b60a082015260c08601519094506001600160401b03811115615203575f5ffd5b61520f878288016147d4565b60e08701516101009097015195989097509350505050565b5f82601f830112615236575f5ffd5b8135615244613edb826147b2565b8082825260208201915060208360061b860101925085831115615265575f5ffd5b602085015b8381101561485f5760408188031215615281575f5ffd5b615289613df6565b81358152602082013561529b816138aa565b602082810191909152908452929092019160400161526a565b5f6101a082360312156152c5575f5ffd5b6152cd613e3a565b8235815260208084013590820152604080840135908201526152f160608401613af1565b6060820152615302608084016138be565b608082015261531360a084016138be565b60a082015261532460c084016138be565b60c082015261533560e084016138be565b60e08201526101008301356001600160401b03811115615353575f5ffd5b61535f368286016148f5565b610100830152506101208301356001600160401b0381111561537f575f5ffd5b61538b368286016148f5565b610120830152506101408301356001600160401b038111156153ab575f5ffd5b6153b736828601615227565b610140830152506101608301356001600160401b038111156153d7575f5ffd5b6153e336828601614942565b610160830152506101808301356001600160401b03811115615403575f5ffd5b61540f368286016149c2565b6101808301525092915050565b5f8151808452602084019350602083015f5b828110156140c7578151805187526020908101516001600160a01b0316818801526040909601959091019060010161542e565b8051825260208101516020830152604081015160408301525f6060820151615491606085018263ffffffff169052565b5060808201516154ac60808501826001600160a01b03169052565b5060a08201516154c760a08501826001600160a01b03169052565b5060c08201516154e260c08501826001600160a01b03169052565b5060e08201516154fd60e08501826001600160a01b03169052565b506101008201516101a061010085015261551b6101a08501826139be565b905061012083015184820361012086015261553682826139be565b915050610140830151848203610140860152615552828261541c565b91505061016083015184820361016086015261556e8282614b01565b9150506101808301518482036101808601526141d18282614b3d565b602081525f82516101c060208401526155a76101e0840182615461565b90506020840151604084015260408401516155c56060850182613cb3565b5060608401516001600160a01b0316610120840152608084015161014084015260a0840151838203601f19016101608501526156018282614533565b91505060c084015161561c61018085018263ffffffff169052565b5060e08401516101a0840152610100909301516101c0909201919091525090565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f6001820161567657615676615651565b5060010190565b600181811c9082168061569157607f821691505b6020821081036137f957634e487b7160e01b5f52602260045260245ffd5b828152604060208201525f613ad860408301846139be565b5f82518060208501845e5f920191825250919050565b818103818111156106dd576106dd615651565b634e487b7160e01b5f52603160045260245ffdfe503cf060389b91af8851125bd70ce66d16d12330718b103fc7674ef6d27e70c9c879325803e3bffefede731d4ac4d9d80ed4879e9766730a29e9f0078a309090";

/** Byte offsets in the creation bytecode where each library's 20-byte address must be written. */
export const haloFactoryLinkReferences: Readonly<Record<string, readonly number[]>> = {"ClassDeployer":[11057],"LctsUnitDeployer":[8723]};
