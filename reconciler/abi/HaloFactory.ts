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
    "stateMutability": "pure"
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
    "name": "EIP712DomainChanged",
    "inputs": [],
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
    "name": "Factory_NotFacility",
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
export const haloFactoryBytecode: `0x${string}` = "0x610220604052348015610010575f5ffd5b506040516160eb3803806160eb83398101604081905261002f91610686565b604080518082018252600b81526a48616c6f466163746f727960a81b602080830191909152825180840190935260018352603160f81b90830152906100758260026103db565b610120526100848160036103db565b61014052815160208084019190912060e052815190820120610100524660a05261011060e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05282516001600160a01b03166101615760405163f8b39ded60e01b815260206004820152600860248201526774696d656c6f636b60c01b60448201526064015b60405180910390fd5b60208301516001600160a01b03166101af5760405163f8b39ded60e01b815260206004820152601060248201526f74656d706c617465526567697374727960801b6044820152606401610158565b60408301516001600160a01b03166101f95760405163f8b39ded60e01b815260206004820152600c60248201526b68616c6f526567697374727960a01b6044820152606401610158565b60608301516001600160a01b03166102405760405163f8b39ded60e01b81526020600482015260096024820152686265616d537461746560b81b6044820152606401610158565b60808301516001600160a01b031661028a5760405163f8b39ded60e01b815260206004820152600c60248201526b31b7b73334b3bab930ba37b960a11b6044820152606401610158565b60a08301516001600160a01b03166102d55760405163f8b39ded60e01b815260206004820152600d60248201526c31b132b0b6a83937b837b9b2b960991b6044820152606401610158565b82516001600160a01b03908116610160526020840151811661018052604084015181166101a052606084015181166101c052608084015181166101e05260a084015116610200528251610329905f9061040d565b505f5b82518110156103875761037e7f503cf060389b91af8851125bd70ce66d16d12330718b103fc7674ef6d27e70c984838151811061036b5761036b61076a565b602002602001015161040d60201b60201c565b5060010161032c565b505f5b81518110156103d2576103c97f5ff1fb0ce9089603e6e193667ed17164e0360a6148f4a39fc194055588948a3183838151811061036b5761036b61076a565b5060010161038a565b50505050610914565b5f6020835110156103f6576103ef83610441565b9050610407565b816104018482610802565b5060ff90505b92915050565b5f80610419848461047e565b9050801561043a575f8481526001602052604090206104389084610525565b505b9392505050565b5f5f829050601f8151111561046b578260405163305a27a960e01b815260040161015891906108bc565b8051610476826108f1565b179392505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661051e575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556104d63390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610407565b505f610407565b5f61043a836001600160a01b0384165f81815260018301602052604081205461051e57508154600181810184555f848152602080822090930184905584548482528286019093526040902091909155610407565b634e487b7160e01b5f52604160045260245ffd5b60405160c081016001600160401b03811182821017156105af576105af610579565b60405290565b604051601f8201601f191681016001600160401b03811182821017156105dd576105dd610579565b604052919050565b80516001600160a01b03811681146105fb575f5ffd5b919050565b5f82601f83011261060f575f5ffd5b81516001600160401b0381111561062857610628610579565b8060051b610638602082016105b5565b91825260208185018101929081019086841115610653575f5ffd5b6020860192505b8383101561067c5761066b836105e5565b82526020928301929091019061065a565b9695505050505050565b5f5f5f83850361010081121561069a575f5ffd5b60c08112156106a7575f5ffd5b506106b061058d565b6106b9856105e5565b81526106c7602086016105e5565b60208201526106d8604086016105e5565b60408201526106e9606086016105e5565b60608201526106fa608086016105e5565b608082015261070b60a086016105e5565b60a082015260c08501519093506001600160401b0381111561072b575f5ffd5b61073786828701610600565b60e086015190935090506001600160401b03811115610754575f5ffd5b61076086828701610600565b9150509250925092565b634e487b7160e01b5f52603260045260245ffd5b600181811c9082168061079257607f821691505b6020821081036107b057634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156107fd57805f5260205f20601f840160051c810160208510156107db5750805b601f840160051c820191505b818110156107fa575f81556001016107e7565b50505b505050565b81516001600160401b0381111561081b5761081b610579565b61082f81610829845461077e565b846107b6565b6020601f821160018114610861575f831561084a5750848201515b5f19600385901b1c1916600184901b1784556107fa565b5f84815260208120601f198516915b828110156108905787850151825560209485019460019092019101610870565b50848210156108ad57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156107b0575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e051610200516156c5610a265f395f818161033c0152818161085001528181610ff901526120b801525f81816102e8015261208901525f818161039d01528181611086015281816115fd015281816116bc0152818161183b015261205a01525f81816103df015281816109f0015281816115620152818161186a01528181611d75015261202b01525f818161057401528181611b2b01528181611ffc01526124e201525f8181610686015281816117c00152611fcd01525f611c7401525f611c4201525f6130a901525f61308101525f612fdc01525f61300601525f61303001526156c55ff3fe608060405234801561000f575f5ffd5b506004361061023f575f3560e01c8063810edb3011610135578063bfc1bbf5116100b4578063d33219b411610079578063d33219b414610681578063d547741f146106a8578063da4c610a146106bb578063f3ca4a49146106ce578063f4cda01d146106e1575f5ffd5b8063bfc1bbf5146105d0578063c1b8411a146105ef578063c5183be414610616578063ca15c87314610636578063cab7e8eb14610649575f5ffd5b80639938a777116100fa5780639938a77714610548578063a0af81f01461056f578063a217fddf14610596578063a3246ad31461059d578063b70e36f0146105bd575f5ffd5b8063810edb30146104e157806384b0196e146104f45780638ed4904e1461050f5780639010d07c1461052257806391d1485414610535575f5ffd5b80634519cd57116101c15780636a80ff11116101865780636a80ff111461045b5780636a8706791461046e5780636f403a30146104a857806376085fc1146104bb5780637d792120146104ce575f5ffd5b80634519cd57146103bf57806346e08229146103da5780635dd8a33e14610401578063638792591461042857806369774d0c14610448575f5ffd5b80632f2ff15d116102075780632f2ff15d14610322578063306f9bed1461033757806336568abe1461035e5780633d111c7e146103715780633efa892b14610398575f5ffd5b806301ffc9a7146102435780630555c8f21461026b5780631915c6cb1461028b578063248a9ca3146102c15780632b507df8146102e3575b5f5ffd5b6102566102513660046136b4565b6106f4565b60405190151581526020015b60405180910390f35b61027e610279366004613701565b61071e565b604051610262919061376c565b6102b36102993660046137c0565b6001600160a01b03165f9081526005602052604090205490565b604051908152602001610262565b6102b36102cf3660046137db565b5f9081526020819052604090206001015490565b61030a7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610262565b6103356103303660046137f2565b610787565b005b61030a7f000000000000000000000000000000000000000000000000000000000000000081565b61033561036c3660046137f2565b6107b1565b6102b37f5ff1fb0ce9089603e6e193667ed17164e0360a6148f4a39fc194055588948a3181565b61030a7f000000000000000000000000000000000000000000000000000000000000000081565b6103c7600181565b60405161ffff9091168152602001610262565b61030a7f000000000000000000000000000000000000000000000000000000000000000081565b6102b37f07bea57ff3b203fcc37f956f2e5ca5ae05691b9ae05bbd73a084b9f5d0dd1dcc81565b61043b6104363660046137db565b6107e9565b604051610262919061384e565b6103356104563660046138c8565b6108da565b61027e61046936600461390c565b610ad3565b6102b361047c36600461394d565b604080516020808201949094528082019290925280518083038201815260609092019052805191012090565b6102b36104b636600461396d565b610b37565b6102b36104c93660046139a6565b610b66565b61027e6104dc366004613a11565b610b7c565b6102b36104ef366004613a74565b610c6e565b6104fc610c80565b6040516102629796959493929190613aa5565b6102b361051d366004613b3b565b610cc2565b61030a61053036600461394d565b610ccf565b6102566105433660046137f2565b610ce6565b6102b37fd86421f9879c6dced33ff4ff236f4dd776eec30ddb86948a1564d6ccd6a3f1b981565b61030a7f000000000000000000000000000000000000000000000000000000000000000081565b6102b35f81565b6105b06105ab3660046137db565b610d0e565b6040516102629190613b6f565b6103356105cb3660046137db565b610d27565b604080515f5c81526001600160a01b0360015c16602082015201610262565b6102b37f503cf060389b91af8851125bd70ce66d16d12330718b103fc7674ef6d27e70c981565b610629610624366004613bba565b610dba565b6040516102629190613c38565b6102b36106443660046137db565b610df9565b610256610657366004613c46565b6001600160a01b03919091165f908152600660209081526040808320938352929052205460ff1690565b61030a7f000000000000000000000000000000000000000000000000000000000000000081565b6103356106b63660046137f2565b610e0f565b6106296106c9366004613c70565b610e33565b6106296106dc366004613a11565b610e78565b61043b6106ef3660046137f2565b610fcb565b5f6001600160e01b03198216635a05180f60e01b14806107185750610718826110ff565b92915050565b604080516060810182525f8082526020820181905291810191909152610742611133565b61075f8261075a8686866020013587604001356111a2565b61127a565b610776848461077160208601866137c0565b611410565b9050610780611a28565b9392505050565b5f828152602081905260409020600101546107a181611a52565b6107ab8383611a5f565b50505050565b6001600160a01b03811633146107da5760405163334bd91960e11b815260040160405180910390fd5b6107e48282611a92565b505050565b6107f1613564565b5f8281526004602052604090208054610825576040516389b85a0d60e01b8152600481018490526024015b60405180910390fd5b6006810154604051637df35ca760e01b8152600481018590526001600160a01b0391821660248201527f000000000000000000000000000000000000000000000000000000000000000090911690637df35ca7906044015f60405180830381865afa158015610896573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526108bd9190810190613e4c565b60029091015460ff600160c01b909104161560e082015292915050565b6108e2611133565b335f90815260056020908152604091829020825160608101845281548082526001909201546001600160a01b03811693820193909352600160a01b90920463ffffffff16928201929092529061094d576040516315162af360e31b815233600482015260240161081c565b805160408051602080820193909352808201899052815180820383018152606090910190915280519101206109806135ad565b81815282516020808301919091526040805160c08082018352838701516001600160a01b0390811683529382018c90528a841682840152606082018a90526080820189905260a082018890528401528085015161010084015163ffffffff909116905251631ddaedff60e31b81527f00000000000000000000000000000000000000000000000000000000000000009091169063eed76ff890610a27908490600401613fb3565b5f604051808303815f87803b158015610a3e575f5ffd5b505af1158015610a50573d5f5f3e3d5ffd5b50508451602080870151604080516001600160a01b0392831681529283018e9052908c1682820152606082018b9052608082018a905260a08201899052519193508592506001917f9da80c91624d23ee153965e5b8ea5b6a0c37218066e7854b3415908a0cde79b79181900360c00190a4505050610acc611a28565b5050505050565b604080516060810182525f8082526020820181905291810191909152610af7611133565b7f503cf060389b91af8851125bd70ce66d16d12330718b103fc7674ef6d27e70c9610b2181611a52565b610b2c848433611410565b915050610718611a28565b5f81604051602001610b4991906141fe565b604051602081830303815290604052805190602001209050919050565b5f610b73858585856111a2565b95945050505050565b604080516060810182525f8082526020820181905291810182905290610ba487876001611abd565b90505f5160206156a55f395f51905f52816020015114610bdf578060200151604051630918b2ef60e11b815260040161081c91815260200190565b6060810151610c02816d2430b637a9b430b932aa37b5b2b760911b888888611be1565b6001600160a01b03168352610c2b816d537562736372696265517565756560901b888888611be1565b6001600160a01b03166020840152610c54816a52656465656d517565756560a81b888888611be1565b6001600160a01b0316604084015250909695505050505050565b5f81604051602001610b499190614308565b5f6060805f5f5f6060610c91611c3b565b610c99611c6d565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f610b7385858585611c9a565b5f8281526001602052604081206107809083611d1d565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f81815260016020526040902060609061071890611d28565b335f90815260066020908152604080832084845290915290205460ff1615610d6b57604051637ee434fd60e01b81523360048201526024810182905260440161081c565b335f818152600660209081526040808320858452909152808220805460ff19166001179055518392917f1800cd2301fbc20790ed94f3d55a28ef2306a9c31cd3c72b5b71b6e4cf5c624191a350565b610dc2613680565b610dca611133565b610de28261075a868686602001358760400135611c9a565b6107768484610df460208601866137c0565b611d34565b5f81815260016020526040812061071890612227565b5f82815260208190526040902060010154610e2981611a52565b6107ab8383611a92565b610e3b613680565b610e43611133565b7f503cf060389b91af8851125bd70ce66d16d12330718b103fc7674ef6d27e70c9610e6d81611a52565b610b2c848433611d34565b610e80613680565b5f610e8c87875f611abd565b9050610e9b8160200151612230565b6060810151610eb88167414c4d50726f787960c01b888888611be1565b6001600160a01b03168352610edd8169526174654c696d69747360b01b888888611be1565b6001600160a01b03166020840152610f09816d2430b637a1b7b73a3937b63632b960911b888888611be1565b6001600160a01b0316604084015260208201517f28be13efe402cf9ccd7d2906325e8ec00518dd0d163f30cd2f30f03d939e419c01610fc057610f5e816b4e666174466163696c69747960a01b888888611be1565b6001600160a01b03166060840152610f89816c273330ba2232b0b62a37b5b2b760991b888888611be1565b6001600160a01b03166080840152610fb181694e66617452656465656d60b01b888888611be1565b6001600160a01b031660a08401525b505095945050505050565b610fd3613564565b604051637df35ca760e01b8152600481018490526001600160a01b0383811660248301527f00000000000000000000000000000000000000000000000000000000000000001690637df35ca7906044015f60405180830381865afa15801561103d573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526110649190810190613e4c565b60405163901bb3f360e01b81526001600160a01b0384811660048301529192507f00000000000000000000000000000000000000000000000000000000000000009091169063901bb3f390602401602060405180830381865afa1580156110cd573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110f19190614482565b60011460e082015292915050565b5f6001600160e01b03198216637965db0b60e01b148061071857506301ffc9a760e01b6001600160e01b0319831614610718565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561117357604051633ee5aeb560e01b815260040160405180910390fd5b6111a060017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b9061228e565b565b6020808501355f90815260049091526040812080546111da576040516389b85a0d60e01b81526020870135600482015260240161081c565b60018101546002820154611270917f07bea57ff3b203fcc37f956f2e5ca5ae05691b9ae05bbd73a084b9f5d0dd1dcc9163ffffffff166112198a610b37565b60408051602081019590955284019290925263ffffffff166060830152608082015260a0810187905260c0810186905260e08101859052610100015b60405160208183030381529060405280519060200120612295565b9695505050505050565b5f61128860208401846137c0565b905082602001354211156112bb576040516348e396ff60e11b81526020840135600482015242602482015260440161081c565b6112e57f5ff1fb0ce9089603e6e193667ed17164e0360a6148f4a39fc194055588948a3182610ce6565b61130d5760405163cbddbfe560e01b81526001600160a01b038216600482015260240161081c565b6001600160a01b0381165f90815260066020908152604080832086820135845290915290205460ff16156113695760408051637ee434fd60e01b81526001600160a01b038316600482015290840135602482015260440161081c565b6113b4818361137b6060870187614499565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506122c192505050565b6113dc57604051630b5dfa5760e31b81526001600160a01b038216600482015260240161081c565b6001600160a01b03165f90815260066020908152604080832094810135835293905291909120805460ff1916600117905550565b604080516060810182525f808252602082018190529181019190915283358061144c576040516327230bcb60e11b815260040160405180910390fd5b6020858101355f90815260048083526040918290208251610120810184528154808252600183015495820195909552600282015463ffffffff81169482019490945264010000000084046001600160a01b039081166060830152600160c01b90940460ff16151560808201526003820154841660a082015291810154831660c08301526005810154831660e0830152600601549091166101008201529061150c576040516389b85a0d60e01b81526020870135600482015260240161081c565b80515f5160206156a55f395f51905f521461155d578051604051631b01c01760e01b8152602088013560048201525f5160206156a55f395f51905f526024820152604481019190915260640161081c565b6115877f000000000000000000000000000000000000000000000000000000000000000083612331565b156115a85760405163a63fbeb760e01b81526004810183905260240161081c565b5f6115bd826020015183604001516001612474565b90506115d96115cf60808901896144db565b836080015161265d565b60a0820151604051633d0a63e960e11b81526001600160a01b0391821660048201527f000000000000000000000000000000000000000000000000000000000000000090911690637a14c7d290602401602060405180830381865afa158015611644573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116689190614482565b5f036116985760a0820151604051633896328160e01b81526001600160a01b03909116600482015260240161081c565b6060820151604051636d46114f60e11b81526001600160a01b0391821660048201527f00000000000000000000000000000000000000000000000000000000000000009091169063da8c229e90602401602060405180830381865afa158015611703573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117279190614482565b5f0361175757606082015160405163236f20b960e11b81526001600160a01b03909116600482015260240161081c565b606073__$eeee79e59d8dc6341e10b45c7a031f2734$__634b238fb58989898661189c896040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c08101919091526040518060e001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020018360e001516001600160a01b031681526020018360c001516001600160a01b0316815260200183606001516001600160a01b031681526020018360a001516001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152509050919050565b6040518663ffffffff1660e01b81526004016118bc95949392919061468f565b5f60405180830381865af41580156118d6573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526118fd91908101906148a0565b8092508196505050876020013584600161ffff167fd5ddd96e694ef60ba2f0c34e5d7160e53c65c57cd2f353b7e1e842e336263cd26040518061012001604052808d61194890614a49565b815260200188602001518152602001886040015163ffffffff16815260200188606001516001600160a01b031663ec5568896040518163ffffffff1660e01b8152600401602060405180830381865afa1580156119a7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119cb9190614b1d565b6001600160a01b031681526020018a81526020018b6001600160a01b031681526020018c81526020018681526020018760c0015163ffffffff16815250604051611a159190614be9565b60405180910390a4505050509392505050565b6111a05f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0061119a565b611a5c813361286b565b50565b5f5f611a6b84846128a8565b90508015610780575f848152600160205260409020611a8a9084612937565b509392505050565b5f5f611a9e848461294b565b90508015610780575f848152600160205260409020611a8a90846129b4565b611b016040805160e08101909152805f81526020015f8152602001606081526020016060815260200160608152602001606081526020015f63ffffffff1681525090565b604051636a8dabd360e01b81526004810185905263ffffffff8416602482015282151560448201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636a8dabd3906064015f60405180830381865afa158015611b77573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052611b9e9190810190614e37565b90505f81516004811115611bb457611bb4613f0b565b036107805760405163064bd7c360e31b81526004810185905263ffffffff8416602482015260440161081c565b5f611270611bef87876129c8565b602090810151604080518084018990528082018890526001600160a01b038716606082015260808082018b90528251808303909101815260a09091019091528051920191909120612a67565b6060611c687f00000000000000000000000000000000000000000000000000000000000000006002612acf565b905090565b6060611c687f00000000000000000000000000000000000000000000000000000000000000006003612acf565b5f610b737fd86421f9879c6dced33ff4ff236f4dd776eec30ddb86948a1564d6ccd6a3f1b96040870135611cd46080890160608a01614f4b565b611cdd89610c6e565b60408051602081019590955284019290925263ffffffff166060830152608082015260a0810186905260c0810185905260e0810184905261010001611255565b5f6107808383612b78565b60605f61078083612b9e565b611d3c613680565b833580611d5c576040516327230bcb60e11b815260040160405180910390fd5b6040516352dc92e960e11b8152602086013560048201527f0000000000000000000000000000000000000000000000000000000000000000906001600160a01b0382169063a5b925d290602401602060405180830381865afa158015611dc4573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611de89190614f66565b611e0b5760405163236d13db60e01b81526020870135600482015260240161081c565b611e158183612331565b15611e3657604051630e6625ff60e11b81526004810183905260240161081c565b5f611e48610100880160e089016137c0565b6001600160a01b031603611e8e5760405163f8b39ded60e01b815260206004820152600c60248201526b19195c1bdcda5d105cdcd95d60a21b604482015260640161081c565b5f611e9f60e0880160c089016137c0565b6001600160a01b031603611edf5760405163f8b39ded60e01b8152602060048201526006602482015265676f764f707360d01b604482015260640161081c565b5f611efe6040880135611ef860808a0160608b01614f4b565b5f612474565b9050611f0d8160200151612230565b611f1e6115cf6101608901896144db565b611f39611f2f6101408901896144db565b8360400151612bf7565b82805f5d50611f4e60e0880160c089016137c0565b6001805c6001600160a01b0319166001600160a01b03831617905d5060605f5f73__$a7949b05448a27b0459aef19b9dedb1b81$__6333b58c8a8b8b8b886120e86040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091526040518060c001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316815250905090565b6040518663ffffffff1660e01b8152600401612108959493929190614f7f565b5f60405180830381865af4158015612122573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526121499190810190615136565b929950909450925090505f80805d505f6001805c6001600160a01b031916905d506121788a8589851515612d81565b896020013586600161ffff167f0dc45615c5136163273f149e6f5f72fd5876c8ecdcf2740c82410786c5bfbbe06040518061012001604052808f6121bb90615299565b8152602001896020015181526020018c81526020018d6001600160a01b031681526020018e81526020018881526020018960c0015163ffffffff16815260200187815260200186815250604051612212919061552a565b60405180910390a45050505050509392505050565b5f610718825490565b5f5160206156a55f395f51905f52811415801561226d57507fd741ec101bfd30633282d6f9cda1713ffae722f2e9c0cf32d0cf0fc26c61be648114155b15611a5c57604051630918b2ef60e11b81526004810182905260240161081c565b80825d5050565b5f6107186122a1612fd0565b8360405161190160f01b8152600281019290925260228201526042902090565b5f836001600160a01b03163b5f0361231f575f5f6122df85856130f9565b5090925090505f8160038111156122f8576122f8613f0b565b1480156123165750856001600160a01b0316826001600160a01b0316145b92505050610780565b61232a848484613142565b9050610780565b604051636caa470760e01b8152600481018290525f906001600160a01b03841690636caa470790602401602060405180830381865afa158015612376573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061239a9190614f66565b80612407575060405163b0db18ad60e01b8152600481018390526001600160a01b0384169063b0db18ad90602401602060405180830381865afa1580156123e3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906124079190614f66565b8061078057506040516352dc92e960e11b8152600481018390526001600160a01b0384169063a5b925d290602401602060405180830381865afa158015612450573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107809190614f66565b6124b86040805160e08101909152805f81526020015f8152602001606081526020016060815260200160608152602001606081526020015f63ffffffff1681525090565b604051636a8dabd360e01b81526004810185905263ffffffff8416602482015282151560448201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636a8dabd3906064015f60405180830381865afa15801561252e573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526125559190810190614e37565b80519091505f81600481111561256d5761256d613f0b565b0361259a5760405163064bd7c360e31b81526004810186905263ffffffff8516602482015260440161081c565b60018160048111156125ae576125ae613f0b565b036125db5760405163769c4d7f60e11b81526004810186905263ffffffff8516602482015260440161081c565b60038160048111156125ef576125ef613f0b565b0361261c57604051638ebe9b4760e01b81526004810186905263ffffffff8516602482015260440161081c565b600481600481111561263057612630613f0b565b03611a8a57604051637464ae6760e01b81526004810186905263ffffffff8516602482015260440161081c565b5f5b82811015612827575f84848381811061267a5761267a6155dd565b604002919091013591505f90505b828110156126d557818686838181106126a3576126a36155dd565b9050604002015f0135036126cd57604051632e79e8bb60e21b81526004810183905260240161081c565b600101612688565b505f5b8351811080156127045750818482815181106126f6576126f66155dd565b60200260200101515f015114155b156127195761271281615605565b90506126d8565b8351810361273d576040516339414d1160e11b81526004810183905260240161081c565b5f868685818110612750576127506155dd565b90506040020160200135905084828151811061276e5761276e6155dd565b6020026020010151602001518110806127a35750848281518110612794576127946155dd565b60200260200101516040015181115b156128195782818684815181106127bc576127bc6155dd565b6020026020010151602001518785815181106127da576127da6155dd565b6020026020010151604001516040516344bc48a960e01b815260040161081c949392919093845260208401929092526040830152606082015260800190565b50505080600101905061265f565b50805182146107e4575f5b81518110156107ab576128628484848481518110612852576128526155dd565b60200260200101515f0151613218565b50600101612832565b6128758282610ce6565b6128a45760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161081c565b5050565b5f6128b38383610ce6565b612930575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556128e83390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610718565b505f610718565b5f610780836001600160a01b03841661328d565b5f6129568383610ce6565b15612930575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610718565b5f610780836001600160a01b0384166132d2565b6129f260405180606001604052805f81526020015f6001600160a01b031681526020015f81525090565b5f5b8351811015612a4a5782848281518110612a1057612a106155dd565b60200260200101515f015103612a4257838181518110612a3257612a326155dd565b6020026020010151915050610718565b6001016129f4565b5060405163a417080f60e01b81526004810183905260240161081c565b6040513060388201526f5af43d82803e903d91602b57fd5bf3ff602482015260148101839052733d602d80600a3d3981f3363d3d373d3d3d363d738152605881018290526037600c820120607882015260556043909101205f906001600160a01b0316610780565b606060ff8314612ae957612ae2836133b5565b9050610718565b818054612af59061561d565b80601f0160208091040260200160405190810160405280929190818152602001828054612b219061561d565b8015612b6c5780601f10612b4357610100808354040283529160200191612b6c565b820191905f5260205f20905b815481529060010190602001808311612b4f57829003601f168201915b50505050509050610718565b5f825f018281548110612b8d57612b8d6155dd565b905f5260205f200154905092915050565b6060815f01805480602002602001604051908101604052809291908181526020018280548015612beb57602002820191905f5260205f20905b815481526020019060010190808311612bd7575b50505050509050919050565b5f5b82811015612d40575f848483818110612c1457612c146155dd565b604002919091013591505f90505b82811015612c6f5781868683818110612c3d57612c3d6155dd565b9050604002015f013503612c675760405163efe24bc760e01b81526004810183905260240161081c565b600101612c22565b505f805b8451811015612ca95782858281518110612c8f57612c8f6155dd565b602002602001015103612ca157600191505b600101612c73565b5080612ccb57604051638a3de8d760e01b81526004810183905260240161081c565b5f868685818110612cde57612cde6155dd565b9050604002016020016020810190612cf691906137c0565b6001600160a01b031603612d365760405163f8b39ded60e01b81526020600482015260066024820152653132b0b1b7b760d11b604482015260640161081c565b5050600101612bf9565b50805182146107e4575f5b81518110156107ab57612d788484848481518110612d6b57612d6b6155dd565b60200260200101516133f2565b50600101612d4b565b6020808401805160408051610120810182529251835287810135938301939093525f5160206156a55f395f51905f5214918101612dc46080880160608901614f4b565b63ffffffff16815260200184604001516001600160a01b03168152602001831515815260200184602001516001600160a01b031681526020018660e0016020810190612e1091906137c0565b6001600160a01b0316815260200182612e29575f612e4c565b612e4c612e3a6101408901896144db565b686c7068612d6c63747360b81b6133f2565b6001600160a01b03168152602001612e6a60e0880160c089016137c0565b6001600160a01b0390811690915286355f908152600460208181526040928390208551815590850151600182015591840151600283018054606087015160808801511515600160c01b0260ff60c01b19918816640100000000026001600160c01b031990931663ffffffff90951694909417919091171691909117905560a08401516003830180549185166001600160a01b031992831617905560c085015191830180549285169282169290921790915560e0840151600583018054918516918316919091179055610100909301516006909101805491909216921691909117905580610acc5760408051606080820183528735825260808601516001600160a01b03908116602080850191825260c08a015163ffffffff908116868801908152948a015184165f90815260059092529590209351845551600190930180549251909416600160a01b026001600160c01b03199092169216919091171790555050505050565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561302857507f000000000000000000000000000000000000000000000000000000000000000046145b1561305257507f000000000000000000000000000000000000000000000000000000000000000090565b611c68604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f5f8351604103613130576020840151604085015160608601515f1a61312288828585613475565b95509550955050505061313b565b505081515f91506002905b9250925092565b5f5f5f856001600160a01b0316858560405160240161316292919061564f565b60408051601f198184030181529181526020820180516001600160e01b0316630b135d3f60e11b179052516131979190615667565b5f60405180830381855afa9150503d805f81146131cf576040519150601f19603f3d011682016040523d82523d5f602084013e6131d4565b606091505b50915091508180156131e857506020815110155b801561127057508051630b135d3f60e11b9061320d9083016020908101908401614482565b149695505050505050565b5f805b838110156132705782858583818110613236576132366155dd565b9050604002015f01350361326857848482818110613256576132566155dd565b90506040020160200135915050610780565b60010161321b565b5060405163e07fb14960e01b81526004810183905260240161081c565b5f81815260018301602052604081205461293057508154600181810184555f848152602080822090930184905584548482528286019093526040902091909155610718565b5f81815260018301602052604081205480156133ac575f6132f460018361567d565b85549091505f906133079060019061567d565b9050808214613366575f865f018281548110613325576133256155dd565b905f5260205f200154905080875f018481548110613345576133456155dd565b5f918252602080832090910192909255918252600188019052604090208390555b855486908061337757613377615690565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f905560019350505050610718565b5f915050610718565b60605f6133c18361353d565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f805b838110156134585782858583818110613410576134106155dd565b9050604002015f01350361345057848482818110613430576134306155dd565b905060400201602001602081019061344891906137c0565b915050610780565b6001016133f5565b5060405163074f0b8160e11b81526004810183905260240161081c565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156134ae57505f91506003905082613533565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156134ff573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661352a57505f925060019150829050613533565b92505f91508190505b9450945094915050565b5f60ff8216601f81111561071857604051632cd44ac360e21b815260040160405180910390fd5b6040518061010001604052805f81526020015f6001600160a01b031681526020015f8152602001606081526020015f81526020015f81526020015f81526020015f151581525090565b6040518061012001604052805f81526020015f81526020015f60028111156135d7576135d7613f0b565b81526020015f6001600160401b031681526020015f81526020016060815260200161363d6040518060c001604052805f6001600160a01b031681526020015f81526020015f6001600160a01b031681526020015f81526020015f81526020015f81525090565b815260200161365e6040518060400160405280606081526020015f81525090565b8152604080516060810182525f80825260208281018290529282015291015290565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a081019190915290565b5f602082840312156136c4575f5ffd5b81356001600160e01b031981168114610780575f5ffd5b5f60c082840312156136eb575f5ffd5b50919050565b5f608082840312156136eb575f5ffd5b5f5f5f60608486031215613713575f5ffd5b83356001600160401b03811115613728575f5ffd5b613734868287016136db565b9350506020840135915060408401356001600160401b03811115613756575f5ffd5b613762868287016136f1565b9150509250925092565b60608101610718828480516001600160a01b03908116835260208083015182169084015260409182015116910152565b6001600160a01b0381168114611a5c575f5ffd5b80356137bb8161379c565b919050565b5f602082840312156137d0575f5ffd5b81356107808161379c565b5f602082840312156137eb575f5ffd5b5035919050565b5f5f60408385031215613803575f5ffd5b8235915060208301356138158161379c565b809150509250929050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081528151602082015260018060a01b036020830151166040820152604082015160608201525f60608301516101006080840152613891610120840182613820565b9050608084015160a084015260a084015160c084015260c084015160e084015260e084015115156101008401528091505092915050565b5f5f5f5f5f60a086880312156138dc575f5ffd5b8535945060208601356138ee8161379c565b94979496505050506040830135926060810135926080909101359150565b5f5f6040838503121561391d575f5ffd5b82356001600160401b03811115613932575f5ffd5b61393e858286016136db565b95602094909401359450505050565b5f5f6040838503121561395e575f5ffd5b50508035926020909101359150565b5f6020828403121561397d575f5ffd5b81356001600160401b03811115613992575f5ffd5b61399e848285016136db565b949350505050565b5f5f5f5f608085870312156139b9575f5ffd5b84356001600160401b038111156139ce575f5ffd5b6139da878288016136db565b97602087013597506040870135966060013595509350505050565b63ffffffff81168114611a5c575f5ffd5b80356137bb816139f5565b5f5f5f5f5f60a08688031215613a25575f5ffd5b853594506020860135613a37816139f5565b935060408601359250606086013591506080860135613a558161379c565b809150509295509295909350565b5f6101a082840312156136eb575f5ffd5b5f60208284031215613a84575f5ffd5b81356001600160401b03811115613a99575f5ffd5b61399e84828501613a63565b60ff60f81b8816815260e060208201525f613ac360e0830189613820565b8281036040840152613ad58189613820565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015613b2a578351835260209384019390920191600101613b0c565b50909b9a5050505050505050505050565b5f5f5f5f60808587031215613b4e575f5ffd5b84356001600160401b03811115613b63575f5ffd5b6139da87828801613a63565b602080825282518282018190525f918401906040840190835b81811015613baf5783516001600160a01b0316835260209384019390920191600101613b88565b509095945050505050565b5f5f5f60608486031215613bcc575f5ffd5b83356001600160401b03811115613be1575f5ffd5b61373486828701613a63565b80516001600160a01b03908116835260208083015182169084015260408083015182169084015260608083015182169084015260808083015182169084015260a09182015116910152565b60c081016107188284613bed565b5f5f60408385031215613c57575f5ffd5b8235613c628161379c565b946020939093013593505050565b5f5f60408385031215613c81575f5ffd5b82356001600160401b03811115613c96575f5ffd5b61393e85828601613a63565b634e487b7160e01b5f52604160045260245ffd5b60405161010081016001600160401b0381118282101715613cd957613cd9613ca2565b60405290565b604051606081016001600160401b0381118282101715613cd957613cd9613ca2565b604080519081016001600160401b0381118282101715613cd957613cd9613ca2565b60405160c081016001600160401b0381118282101715613cd957613cd9613ca2565b60405160e081016001600160401b0381118282101715613cd957613cd9613ca2565b6040516101a081016001600160401b0381118282101715613cd957613cd9613ca2565b604051601f8201601f191681016001600160401b0381118282101715613db257613db2613ca2565b604052919050565b80516137bb8161379c565b5f6001600160401b03821115613ddd57613ddd613ca2565b50601f01601f191660200190565b5f82601f830112613dfa575f5ffd5b8151613e0d613e0882613dc5565b613d8a565b818152846020838601011115613e21575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b805180151581146137bb575f5ffd5b5f60208284031215613e5c575f5ffd5b81516001600160401b03811115613e71575f5ffd5b82016101008185031215613e83575f5ffd5b613e8b613cb6565b81518152613e9b60208301613dba565b60208201526040828101519082015260608201516001600160401b03811115613ec2575f5ffd5b613ece86828501613deb565b6060830152506080828101519082015260a0808301519082015260c08083015190820152613efe60e08301613e3d565b60e0820152949350505050565b634e487b7160e01b5f52602160045260245ffd5b60038110613f2f57613f2f613f0b565b9052565b5f8151808452602084019350602083015f5b82811015613f8157613f6b868351805182526020908101516001600160a01b0316910152565b6040959095019460209190910190600101613f45565b5093949350505050565b5f815160408452613f9f6040850182613820565b602093840151949093019390935250919050565b6020815281516020820152602082015160408201525f6040830151613fdb6060840182613f1f565b5060608301516001600160401b038116608084015250608083015160a083015260a083015161020060c0840152614016610220840182613f33565b60c085015180516001600160a01b0390811660e087015260208201516101008701526040820151166101208601526060810151610140860152608081015161016086015260a08101516101808601529091505060e0840151838203601f19016101a08501526140858282613f8b565b610100860151805163ffffffff9081166101c08801526020820151166101e087015260408101516001600160401b03166102008701529092509050611a8a565b5f5f8335601e198436030181126140da575f5ffd5b83016020810192503590506001600160401b038111156140f8575f5ffd5b803603821315614106575f5ffd5b9250929050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b5f5f8335601e1984360301811261414a575f5ffd5b83016020810192503590506001600160401b03811115614168575f5ffd5b8060061b3603821315614106575f5ffd5b8183526020830192505f815f5b84811015613f8157813586526020808301359087015260409586019590910190600101614186565b5f8235603e198336030181126141c2575f5ffd5b90910192915050565b5f6141d682836140c5565b604085526141e860408601828461410d565b6020948501359590940194909452509092915050565b60208082528235828201528201356040808301919091525f90614223908401846140c5565b60c0606085015261423860e08501828461410d565b91505061424860608501856140c5565b848303601f1901608086015261425f83828461410d565b925050506142706080850185614135565b848303601f190160a0860152614287838284614179565b9250505061429860a08501856141ae565b838203601f190160c0850152610b7382826141cb565b8035825260208101356142c08161379c565b6001600160a01b03166020929092019190915250565b8183526020830192505f815f5b84811015613f81576142f586836142ae565b60409586019591909101906001016142e3565b60208082528235828201528201356040808301919091528201356060808301919091525f90614338908401613a06565b63ffffffff8116608084015250614351608084016137b0565b6001600160a01b03811660a08401525061436d60a084016137b0565b6001600160a01b03811660c08401525061438960c084016137b0565b6001600160a01b03811660e0840152506143a560e084016137b0565b6001600160a01b038116610100840152506143c46101008401846140c5565b6101a06101208501526143dc6101c08501828461410d565b9150506143ed6101208501856140c5565b848303601f190161014086015261440583828461410d565b92505050614417610140850185614135565b848303601f190161016086015261442f8382846142d6565b92505050614441610160850185614135565b848303601f1901610180860152614459838284614179565b9250505061446b6101808501856141ae565b838203601f19016101a0850152610b7382826141cb565b5f60208284031215614492575f5ffd5b5051919050565b5f5f8335601e198436030181126144ae575f5ffd5b8301803591506001600160401b038211156144c7575f5ffd5b602001915036819003821315614106575f5ffd5b5f5f8335601e198436030181126144f0575f5ffd5b8301803591506001600160401b03821115614509575f5ffd5b6020019150600681901b3603821315614106575f5ffd5b5f8151808452602084019350602083015f5b82811015613f81578151865260209586019590910190600101614532565b5f8151808452602084019350602083015f5b82811015613f81578151805187526020808201516001600160a01b0316818901526040918201519188019190915260609096019590910190600101614562565b5f8151808452602084019350602083015f5b82811015613f81578151805187526020810151602088015260408101516040880152506060860195506020820191506001810190506145b4565b5f81516005811061460157614601613f0b565b8084525060208201516020840152604082015160e0604085015261462860e0850182614520565b9050606083015184820360608601526146418282614550565b9150506080830151848203608086015261465b82826145a2565b91505060a083015184820360a086015261467582826145a2565b91505060c0830151611a8a60c086018263ffffffff169052565b61016080825286359082015260208601356101808201525f6146b460408801886140c5565b60c06101a08501526146cb6102208501828461410d565b9150506146db60608901896140c5565b84830361015f19016101c08601526146f483828461410d565b925050506147056080890189614135565b84830361015f19016101e086015261471e838284614179565b9250505061472f60a08901896141ae565b83820361015f190161020085015261474782826141cb565b91505086602084015261476560408401876001600160a01b03169052565b828103606084015261477781866145ee565b915050611270608083018480516001600160a01b03908116835260208083015182169084015260408083015182169084015260608083015182169084015260808083015182169084015260a08083015182169084015260c09182015116910152565b5f6001600160401b038211156147f1576147f1613ca2565b5060051b60200190565b5f6060828403121561480b575f5ffd5b614813613cdf565b82518152602080840151908201526040928301519281019290925250919050565b5f82601f830112614843575f5ffd5b8151602083015f614856613e08846147d9565b838152606090930282019290506020810186841115614873575f5ffd5b838310156148965761488587846147fb565b815260609290920191602001614873565b5095945050505050565b5f5f82840360808112156148b2575f5ffd5b60608112156148bf575f5ffd5b506148c8613cdf565b83516148d38161379c565b815260208401516148e38161379c565b602082015260408401516148f68161379c565b604082015260608401519092506001600160401b03811115614916575f5ffd5b61492285828601614834565b9150509250929050565b5f82601f83011261493b575f5ffd5b8135614949613e0882613dc5565b81815284602083860101111561495d575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f82601f830112614988575f5ffd5b8135614996613e08826147d9565b8082825260208201915060208360061b8601019250858311156149b7575f5ffd5b602085015b8381101561489657604081880312156149d3575f5ffd5b6149db613d01565b813581526020808301358183015290845292909201916040016149bc565b5f60408284031215614a09575f5ffd5b614a11613d01565b905081356001600160401b03811115614a28575f5ffd5b614a348482850161492c565b82525060209182013591810191909152919050565b5f60c08236031215614a59575f5ffd5b614a61613d23565b823581526020808401359082015260408301356001600160401b03811115614a87575f5ffd5b614a933682860161492c565b60408301525060608301356001600160401b03811115614ab1575f5ffd5b614abd3682860161492c565b60608301525060808301356001600160401b03811115614adb575f5ffd5b614ae736828601614979565b60808301525060a08301356001600160401b03811115614b05575f5ffd5b614b11368286016149f9565b60a08301525092915050565b5f60208284031215614b2d575f5ffd5b81516107808161379c565b5f8151808452602084019350602083015f5b82811015613f81578151805187526020908101518188015260409096019590910190600101614b4a565b80518252602081015160208301525f604082015160c06040850152614b9c60c0850182613820565b905060608301518482036060860152614bb58282613820565b91505060808301518482036080860152614bcf8282614b38565b91505060a083015184820360a0860152610b738282613f8b565b602081525f82516101606020840152614c06610180840182614b74565b9050602084015160408401526040840151614c29606085018263ffffffff169052565b5060608401516001600160a01b038116608085015250608084015180516001600160a01b0390811660a08601526020820151811660c086015260408201511660e08501525060a08401516001600160a01b0381166101008501525060c084015161012084015260e0840151838203601f1901610140850152614cab82826145a2565b915050610100840151611a8a61016085018263ffffffff169052565b8051600581106137bb575f5ffd5b5f82601f830112614ce4575f5ffd5b8151614cf2613e08826147d9565b8082825260208201915060208360051b860101925085831115614d13575f5ffd5b602085015b83811015614896578051835260209283019201614d18565b5f82601f830112614d3f575f5ffd5b8151614d4d613e08826147d9565b80828252602082019150602060608402860101925085831115614d6e575f5ffd5b602085015b838110156148965760608188031215614d8a575f5ffd5b614d92613cdf565b815181526020820151614da48161379c565b602082810191909152604083810151908301529084529290920191606001614d73565b5f82601f830112614dd6575f5ffd5b8151614de4613e08826147d9565b80828252602082019150602060608402860101925085831115614e05575f5ffd5b602085015b8381101561489657614e1c87826147fb565b8352602090920191606001614e0a565b80516137bb816139f5565b5f60208284031215614e47575f5ffd5b81516001600160401b03811115614e5c575f5ffd5b820160e08185031215614e6d575f5ffd5b614e75613d45565b614e7e82614cc7565b81526020828101519082015260408201516001600160401b03811115614ea2575f5ffd5b614eae86828501614cd5565b60408301525060608201516001600160401b03811115614ecc575f5ffd5b614ed886828501614d30565b60608301525060808201516001600160401b03811115614ef6575f5ffd5b614f0286828501614834565b60808301525060a08201516001600160401b03811115614f20575f5ffd5b614f2c86828501614dc7565b60a083015250614f3e60c08301614e2c565b60c0820152949350505050565b5f60208284031215614f5b575f5ffd5b8135610780816139f5565b5f60208284031215614f76575f5ffd5b61078082613e3d565b610140808252863590820152602086013561016082015260408601356101808201525f614fae60608801613a06565b63ffffffff166101a0830152614fc6608088016137b0565b6001600160a01b03166101c0830152614fe160a088016137b0565b6001600160a01b03166101e0830152614ffc60c088016137b0565b6001600160a01b031661020083015261501760e088016137b0565b6001600160a01b03166102208301526150346101008801886140c5565b6101a061024085015261504c6102e08501828461410d565b91505061505d6101208901896140c5565b84830361013f190161026086015261507683828461410d565b92505050615088610140890189614135565b84830361013f19016102808601526150a18382846142d6565b925050506150b3610160890189614135565b84830361013f19016102a08601526150cc838284614179565b925050506150de6101808901896141ae565b83820361013f19016102c08501526150f682826141cb565b91505086602084015261511460408401876001600160a01b03169052565b828103606084015261512681866145ee565b9150506112706080830184613bed565b5f5f5f5f84860361012081121561514b575f5ffd5b60c0811215615158575f5ffd5b50615161613d23565b855161516c8161379c565b8152602086015161517c8161379c565b6020820152604086015161518f8161379c565b604082015260608601516151a28161379c565b606082015260808601516151b58161379c565b608082015260a08601516151c88161379c565b60a082015260c08601519094506001600160401b038111156151e8575f5ffd5b6151f487828801614834565b60e08701516101009097015195989097509350505050565b5f82601f83011261521b575f5ffd5b8135615229613e08826147d9565b8082825260208201915060208360061b86010192508583111561524a575f5ffd5b602085015b838110156148965760408188031215615266575f5ffd5b61526e613d01565b8135815260208201356152808161379c565b602082810191909152908452929092019160400161524f565b5f6101a082360312156152aa575f5ffd5b6152b2613d67565b8235815260208084013590820152604080840135908201526152d660608401613a06565b60608201526152e7608084016137b0565b60808201526152f860a084016137b0565b60a082015261530960c084016137b0565b60c082015261531a60e084016137b0565b60e08201526101008301356001600160401b03811115615338575f5ffd5b6153443682860161492c565b610100830152506101208301356001600160401b03811115615364575f5ffd5b6153703682860161492c565b610120830152506101408301356001600160401b03811115615390575f5ffd5b61539c3682860161520c565b610140830152506101608301356001600160401b038111156153bc575f5ffd5b6153c836828601614979565b610160830152506101808301356001600160401b038111156153e8575f5ffd5b6153f4368286016149f9565b6101808301525092915050565b8051825260208101516020830152604081015160408301525f6060820151615431606085018263ffffffff169052565b50608082015161544c60808501826001600160a01b03169052565b5060a082015161546760a08501826001600160a01b03169052565b5060c082015161548260c08501826001600160a01b03169052565b5060e082015161549d60e08501826001600160a01b03169052565b506101008201516101a06101008501526154bb6101a0850182613820565b90506101208301518482036101208601526154d68282613820565b9150506101408301518482036101408601526154f28282613f33565b91505061016083015184820361016086015261550e8282614b38565b915050610180830151848203610180860152610b738282613f8b565b602081525f82516101c060208401526155476101e0840182615401565b90506020840151604084015260408401516155656060850182613bed565b5060608401516001600160a01b0316610120840152608084015161014084015260a0840151838203601f19016101608501526155a182826145a2565b91505060c08401516155bc61018085018263ffffffff169052565b5060e08401516101a0840152610100909301516101c0909201919091525090565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f60018201615616576156166155f1565b5060010190565b600181811c9082168061563157607f821691505b6020821081036136eb57634e487b7160e01b5f52602260045260245ffd5b828152604060208201525f61399e6040830184613820565b5f82518060208501845e5f920191825250919050565b81810381811115610718576107186155f1565b634e487b7160e01b5f52603160045260245ffdfec879325803e3bffefede731d4ac4d9d80ed4879e9766730a29e9f0078a309090";

/** Byte offsets in the creation bytecode where each library's 20-byte address must be written. */
export const haloFactoryLinkReferences: Readonly<Record<string, readonly number[]>> = {"ClassDeployer":[10646],"LctsUnitDeployer":[8577]};
