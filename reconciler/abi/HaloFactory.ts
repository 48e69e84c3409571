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
        "name": "",
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
        "name": "pau",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "govOps",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
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
          }
        ]
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
            "internalType": "struct IBEAMState.InitRateLimit[]",
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
            "internalType": "struct IBEAMState.InitRateLimit[]",
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
    "name": "Factory_PauNotRegistered",
    "inputs": [
      {
        "name": "pau",
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
export const haloFactoryBytecode: `0x${string}` = "0x610200604052348015610010575f5ffd5b5060405161613838038061613883398101604081905261002f91610630565b604080518082018252600b81526a48616c6f466163746f727960a81b602080830191909152825180840190935260018352603160f81b9083015290610075826002610385565b61012052610084816003610385565b61014052815160208084019190912060e052815190820120610100524660a05261011060e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05282516001600160a01b03166101615760405163f8b39ded60e01b815260206004820152600860248201526774696d656c6f636b60c01b60448201526064015b60405180910390fd5b60208301516001600160a01b03166101af5760405163f8b39ded60e01b815260206004820152601060248201526f74656d706c617465526567697374727960801b6044820152606401610158565b60408301516001600160a01b03166101f95760405163f8b39ded60e01b815260206004820152600c60248201526b68616c6f526567697374727960a01b6044820152606401610158565b60608301516001600160a01b03166102405760405163f8b39ded60e01b81526020600482015260096024820152686265616d537461746560b81b6044820152606401610158565b60808301516001600160a01b031661028a5760405163f8b39ded60e01b815260206004820152600c60248201526b31b7b73334b3bab930ba37b960a11b6044820152606401610158565b82516001600160a01b03908116610160526020840151811661018052604084015181166101a052606084015181166101c0526080840151166101e05282516102d3905f906103b7565b505f5b8251811015610331576103287f503cf060389b91af8851125bd70ce66d16d12330718b103fc7674ef6d27e70c984838151811061031557610315610702565b60200260200101516103b760201b60201c565b506001016102d6565b505f5b815181101561037c576103737f5ff1fb0ce9089603e6e193667ed17164e0360a6148f4a39fc194055588948a3183838151811061031557610315610702565b50600101610334565b505050506108ac565b5f6020835110156103a057610399836103eb565b90506103b1565b816103ab848261079a565b5060ff90505b92915050565b5f806103c38484610428565b905080156103e4575f8481526001602052604090206103e290846104cf565b505b9392505050565b5f5f829050601f81511115610415578260405163305a27a960e01b81526004016101589190610854565b805161042082610889565b179392505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166104c8575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556104803390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016103b1565b505f6103b1565b5f6103e4836001600160a01b0384165f8181526001830160205260408120546104c857508154600181810184555f8481526020808220909301849055845484825282860190935260409020919091556103b1565b634e487b7160e01b5f52604160045260245ffd5b60405160a081016001600160401b038111828210171561055957610559610523565b60405290565b604051601f8201601f191681016001600160401b038111828210171561058757610587610523565b604052919050565b80516001600160a01b03811681146105a5575f5ffd5b919050565b5f82601f8301126105b9575f5ffd5b81516001600160401b038111156105d2576105d2610523565b8060051b6105e26020820161055f565b918252602081850181019290810190868411156105fd575f5ffd5b6020860192505b83831015610626576106158361058f565b825260209283019290910190610604565b9695505050505050565b5f5f5f83850360e0811215610643575f5ffd5b60a0811215610650575f5ffd5b50610659610537565b6106628561058f565b81526106706020860161058f565b60208201526106816040860161058f565b60408201526106926060860161058f565b60608201526106a36080860161058f565b608082015260a08501519093506001600160401b038111156106c3575f5ffd5b6106cf868287016105aa565b60c086015190935090506001600160401b038111156106ec575f5ffd5b6106f8868287016105aa565b9150509250925092565b634e487b7160e01b5f52603260045260245ffd5b600181811c9082168061072a57607f821691505b60208210810361074857634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561079557805f5260205f20601f840160051c810160208510156107735750805b601f840160051c820191505b81811015610792575f815560010161077f565b50505b505050565b81516001600160401b038111156107b3576107b3610523565b6107c7816107c18454610716565b8461074e565b6020601f8211600181146107f9575f83156107e25750848201515b5f19600385901b1c1916600184901b178455610792565b5f84815260208120601f198516915b828110156108285787850151825560209485019460019092019101610808565b508482101561084557868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610748575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e0516157926109a65f395f81816102d20152611ed501525f818161036001528181610d8c015281816115340152818161168d0152611ea601525f81816103a20152818161090901528181611499015281816116bc01528181611beb0152611e7701525f818161053701528181610ad501528181610ea501528181611e48015261248801525f818161063d01528181610d6b015281816116000152611e1901525f61193d01525f61190b01525f612f0401525f612edc01525f612e3701525f612e6101525f612e8b01526157925ff3fe608060405234801561000f575f5ffd5b5060043610610229575f3560e01c8063810edb301161012a578063b70e36f0116100b4578063cab7e8eb11610079578063cab7e8eb14610600578063d33219b414610638578063d547741f1461065f578063da4c610a14610672578063f3ca4a4914610685575f5ffd5b8063b70e36f014610580578063bb8fe5aa14610593578063c1b8411a146105a6578063c5183be4146105cd578063ca15c873146105ed575f5ffd5b806391d14854116100fa57806391d14854146104f85780639938a7771461050b578063a0af81f014610532578063a217fddf14610559578063a3246ad314610560575f5ffd5b8063810edb30146104a457806384b0196e146104b75780638ed4904e146104d25780639010d07c146104e5575f5ffd5b80634519cd57116101b65780636a80ff111161017b5780636a80ff111461041e5780636a870679146104315780636f403a301461046b57806376085fc11461047e5780637d79212014610491575f5ffd5b80634519cd571461038257806346e082291461039d5780635dd8a33e146103c457806363879259146103eb57806369774d0c1461040b575f5ffd5b80632b507df8116101fc5780632b507df8146102cd5780632f2ff15d1461030c57806336568abe146103215780633d111c7e146103345780633efa892b1461035b575f5ffd5b806301ffc9a71461022d5780630555c8f2146102555780631915c6cb14610275578063248a9ca3146102ab575b5f5ffd5b61024061023b3660046134e7565b610698565b60405190151581526020015b60405180910390f35b610268610263366004613534565b6106c2565b60405161024c919061359f565b61029d6102833660046135f3565b6001600160a01b03165f9081526005602052604090205490565b60405190815260200161024c565b61029d6102b936600461360e565b5f9081526020819052604090206001015490565b6102f47f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161024c565b61031f61031a366004613625565b61072b565b005b61031f61032f366004613625565b610755565b61029d7f5ff1fb0ce9089603e6e193667ed17164e0360a6148f4a39fc194055588948a3181565b6102f47f000000000000000000000000000000000000000000000000000000000000000081565b61038a600181565b60405161ffff909116815260200161024c565b6102f47f000000000000000000000000000000000000000000000000000000000000000081565b61029d7f07bea57ff3b203fcc37f956f2e5ca5ae05691b9ae05bbd73a084b9f5d0dd1dcc81565b6103fe6103f936600461360e565b61078d565b60405161024c9190613681565b61031f6104193660046136ed565b6107f3565b61026861042c366004613731565b6109ec565b61029d61043f366004613772565b604080516020808201949094528082019290925280518083038201815260609092019052805191012090565b61029d610479366004613792565b610a50565b61029d61048c3660046137c3565b610a7f565b61026861049f36600461382e565b610a95565b61029d6104b2366004613891565b610c12565b6104bf610c24565b60405161024c97969594939291906138c2565b61029d6104e0366004613958565b610c66565b6102f46104f3366004613772565b610c73565b610240610506366004613625565b610c8a565b61029d7fd86421f9879c6dced33ff4ff236f4dd776eec30ddb86948a1564d6ccd6a3f1b981565b6102f47f000000000000000000000000000000000000000000000000000000000000000081565b61029d5f81565b61057361056e36600461360e565b610cb2565b60405161024c919061398c565b61031f61058e36600461360e565b610ccb565b6103fe6105a13660046139d7565b610d5e565b61029d7f503cf060389b91af8851125bd70ce66d16d12330718b103fc7674ef6d27e70c981565b6105e06105db366004613a16565b610dbb565b60405161024c9190613a94565b61029d6105fb36600461360e565b610dfa565b61024061060e366004613aa2565b6001600160a01b03919091165f908152600660209081526040808320938352929052205460ff1690565b6102f47f000000000000000000000000000000000000000000000000000000000000000081565b61031f61066d366004613625565b610e10565b6105e0610680366004613acc565b610e34565b6105e061069336600461382e565b610e79565b5f6001600160e01b03198216635a05180f60e01b14806106bc57506106bc82611057565b92915050565b604080516060810182525f80825260208201819052918101919091526106e661108b565b610703826106fe8686866020013587604001356110fa565b6111d2565b61071a848461071560208601866135f3565b611368565b9050610724611815565b9392505050565b5f828152602081905260409020600101546107458161183f565b61074f838361184c565b50505050565b6001600160a01b038116331461077e5760405163334bd91960e11b815260040160405180910390fd5b610788828261187f565b505050565b61079561333c565b5f82815260046020526040902080546107c9576040516389b85a0d60e01b8152600481018490526024015b60405180910390fd5b600281015460058201546107249185916001600160a01b0364010000000090920482169116610d5e565b6107fb61108b565b335f90815260056020908152604091829020825160608101845281548082526001909201546001600160a01b03811693820193909352600160a01b90920463ffffffff169282019290925290610866576040516315162af360e31b81523360048201526024016107c0565b8051604080516020808201939093528082018990528151808203830181526060909101909152805191012061089961337c565b81815282516020808301919091526040805160c081018252828601516001600160a01b0390811682529281018b905289831681830152606081018990526080810188905260a08082018890528401528085015161010084015163ffffffff909116905251631d0e020f60e21b81527f000000000000000000000000000000000000000000000000000000000000000090911690637438083c90610940908490600401613bee565b5f604051808303815f87803b158015610957575f5ffd5b505af1158015610969573d5f5f3e3d5ffd5b50508451602080870151604080516001600160a01b0392831681529283018e9052908c1682820152606082018b9052608082018a905260a08201899052519193508592506001917f9da80c91624d23ee153965e5b8ea5b6a0c37218066e7854b3415908a0cde79b79181900360c00190a45050506109e5611815565b5050505050565b604080516060810182525f8082526020820181905291810191909152610a1061108b565b7f503cf060389b91af8851125bd70ce66d16d12330718b103fc7674ef6d27e70c9610a3a8161183f565b610a45848433611368565b9150506106bc611815565b5f81604051602001610a629190613e52565b604051602081830303815290604052805190602001209050919050565b5f610a8c858585856110fa565b95945050505050565b604080516060810182525f8082526020820181905291810191909152604051632affc38360e21b81526004810187905263ffffffff861660248201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063abff0e0c906044015f60405180830381865afa158015610b21573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610b48919081019061441f565b60c0015180519091505f5160206157725f395f51905f5214610b83578051604051630918b2ef60e11b815260048101919091526024016107c0565b6060810151610ba6816d2430b637a9b430b932aa37b5b2b760911b8888886118aa565b6001600160a01b03168352610bcf816d537562736372696265517565756560901b8888886118aa565b6001600160a01b03166020840152610bf8816a52656465656d517565756560a81b8888886118aa565b6001600160a01b0316604084015250909695505050505050565b5f81604051602001610a629190614542565b5f6060805f5f5f6060610c35611904565b610c3d611936565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f610a8c85858585611963565b5f82815260016020526040812061072490836119e6565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f8181526001602052604090206060906106bc906119f1565b335f90815260066020908152604080832084845290915290205460ff1615610d0f57604051637ee434fd60e01b8152336004820152602481018290526044016107c0565b335f818152600660209081526040808320858452909152808220805460ff19166001179055518392917f1800cd2301fbc20790ed94f3d55a28ef2306a9c31cd3c72b5b71b6e4cf5c624191a350565b610d6661333c565b610db37f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000008686866119fd565b949350505050565b610dc361344f565b610dcb61108b565b610de3826106fe868686602001358760400135611963565b61071a8484610df560208601866135f3565b611baa565b5f8181526001602052604081206106bc90612211565b5f82815260208190526040902060010154610e2a8161183f565b61074f838361187f565b610e3c61344f565b610e4461108b565b7f503cf060389b91af8851125bd70ce66d16d12330718b103fc7674ef6d27e70c9610e6e8161183f565b610a45848433611baa565b610e8161344f565b604051632affc38360e21b81526004810187905263ffffffff861660248201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063abff0e0c906044015f60405180830381865afa158015610ef1573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610f18919081019061441f565b60c001519050610f2a815f015161221a565b6040810151610f478167414c4d50726f787960c01b8888886118aa565b6001600160a01b03168352610f6c8169526174654c696d69747360b01b8888886118aa565b6001600160a01b03166020840152610f98816d2430b637a1b7b73a3937b63632b960911b8888886118aa565b6001600160a01b0316604084015281517f28be13efe402cf9ccd7d2906325e8ec00518dd0d163f30cd2f30f03d939e419c0161104c57610fea816b4e666174466163696c69747960a01b8888886118aa565b6001600160a01b03166060840152611015816c273330ba2232b0b62a37b5b2b760991b8888886118aa565b6001600160a01b0316608084015261103d81694e66617452656465656d60b01b8888886118aa565b6001600160a01b031660a08401525b505095945050505050565b5f6001600160e01b03198216637965db0b60e01b14806106bc57506301ffc9a760e01b6001600160e01b03198316146106bc565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156110cb57604051633ee5aeb560e01b815260040160405180910390fd5b6110f860017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612278565b565b6020808501355f9081526004909152604081208054611132576040516389b85a0d60e01b8152602087013560048201526024016107c0565b600181015460028201546111c8917f07bea57ff3b203fcc37f956f2e5ca5ae05691b9ae05bbd73a084b9f5d0dd1dcc9163ffffffff166111718a610a50565b60408051602081019590955284019290925263ffffffff166060830152608082015260a0810187905260c0810186905260e08101859052610100015b6040516020818303038152906040528051906020012061227f565b9695505050505050565b5f6111e060208401846135f3565b90508260200135421115611213576040516348e396ff60e11b8152602084013560048201524260248201526044016107c0565b61123d7f5ff1fb0ce9089603e6e193667ed17164e0360a6148f4a39fc194055588948a3182610c8a565b6112655760405163cbddbfe560e01b81526001600160a01b03821660048201526024016107c0565b6001600160a01b0381165f90815260066020908152604080832086820135845290915290205460ff16156112c15760408051637ee434fd60e01b81526001600160a01b03831660048201529084013560248201526044016107c0565b61130c81836112d360608701876146bc565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506122ab92505050565b61133457604051630b5dfa5760e31b81526001600160a01b03821660048201526024016107c0565b6001600160a01b03165f90815260066020908152604080832094810135835293905291909120805460ff1916600117905550565b604080516060810182525f80825260208201819052918101919091528335806113a4576040516327230bcb60e11b815260040160405180910390fd5b6020858101355f9081526004808352604091829020825160e0810184528154808252600183015495820195909552600282015463ffffffff8116948201949094526401000000009093046001600160a01b03908116606085015260038201548116608085015291810154821660a0840152600501541660c082015290611443576040516389b85a0d60e01b8152602087013560048201526024016107c0565b80515f5160206157725f395f51905f5214611494578051604051631b01c01760e01b8152602088013560048201525f5160206157725f395f51905f52602482015260448101919091526064016107c0565b6114be7f00000000000000000000000000000000000000000000000000000000000000008361231b565b156114df5760405163a63fbeb760e01b8152600481018390526024016107c0565b5f6114f28260200151836040015161245e565b905061150e61150460808901896146fe565b8360a00151612684565b6060820151604051630849f3e760e21b81526001600160a01b0391821660048201525f917f00000000000000000000000000000000000000000000000000000000000000001690632127cf9c90602401608060405180830381865afa158015611579573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061159d9190614752565b905080604001516115d2576060830151604051639550324360e01b81526001600160a01b0390911660048201526024016107c0565b606073__$eeee79e59d8dc6341e10b45c7a031f2734$__637ebb22aa8a8a8a876040518061010001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020018b60a001516001600160a01b031681526020018b608001516001600160a01b031681526020018b606001516001600160a01b03168152602001895f01516001600160a01b0316815260200189602001516001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152506040518663ffffffff1660e01b8152600401611707959493929190614996565b5f60405180830381865af4158015611721573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526117489190810190614aec565b8092508197505050886020013585600161ffff167fd5ddd96e694ef60ba2f0c34e5d7160e53c65c57cd2f353b7e1e842e336263cd26040518061012001604052808e61179390614c95565b815260200189602001518152602001896040015163ffffffff16815260200189606001516001600160a01b031681526020018b81526020018c6001600160a01b031681526020018d81526020018681526020018860e0015163ffffffff168152506040516118019190614dde565b60405180910390a450505050509392505050565b6110f85f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006110f2565b6118498133612892565b50565b5f5f61185884846128cf565b90508015610724575f848152600160205260409020611877908461295e565b509392505050565b5f5f61188b8484612972565b90508015610724575f84815260016020526040902061187790846129db565b5f6111c86118b887876129ef565b602090810151604080518084018990528082018890526001600160a01b038716606082015260808082018b90528251808303909101815260a09091019091528051920191909120612a8e565b60606119317f00000000000000000000000000000000000000000000000000000000000000006002612af6565b905090565b60606119317f00000000000000000000000000000000000000000000000000000000000000006003612af6565b5f610a8c7fd86421f9879c6dced33ff4ff236f4dd776eec30ddb86948a1564d6ccd6a3f1b9604087013561199d6080890160608a01614ebc565b6119a689610c12565b60408051602081019590955284019290925263ffffffff166060830152608082015260a0810186905260c0810185905260e08101849052610100016111ad565b5f6107248383612b9f565b60605f61072483612bc5565b611a0561333c565b6001600160a01b0385811660208301526040518482166024820152908316604482015260640160408051601f19818403018152918152602080830180516001600160e01b03166305b0b97160e51b179052606084019290925251611a96917f7c07cfd256da40cfb02ad6fb86ea1725902e08a1f904334dd2ff385c15a6456791879101918252602082015260400190565b60408051601f19818403018152918152815160209283012060a084018190529183015160608401519151638065657f60e01b815289936001600160a01b03851693638065657f93611af19390925f9291839190600401614ed7565b602060405180830381865afa158015611b0c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b309190614f11565b80835260405163d45c443560e01b815260048101919091526001600160a01b0382169063d45c443590602401602060405180830381865afa158015611b77573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b9b9190614f11565b60c08301525095945050505050565b611bb261344f565b833580611bd2576040516327230bcb60e11b815260040160405180910390fd5b6040516352dc92e960e11b8152602086013560048201527f0000000000000000000000000000000000000000000000000000000000000000906001600160a01b0382169063a5b925d290602401602060405180830381865afa158015611c3a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c5e9190614f28565b611c815760405163236d13db60e01b8152602087013560048201526024016107c0565b611c8b818361231b565b15611cac57604051630e6625ff60e11b8152600481018390526024016107c0565b5f611cbe610100880160e089016135f3565b6001600160a01b031603611d045760405163f8b39ded60e01b815260206004820152600c60248201526b19195c1bdcda5d105cdcd95d60a21b60448201526064016107c0565b5f611d1560e0880160c089016135f3565b6001600160a01b031603611d555760405163f8b39ded60e01b8152602060048201526006602482015265676f764f707360d01b60448201526064016107c0565b5f611d736040880135611d6e60808a0160608b01614ebc565b61245e565b9050611d81815f015161221a565b611d9c611d926101608901896146fe565b8360800151612684565b611db7611dad6101408901896146fe565b8360200151612c1e565b6060611dc161333c565b73__$a7949b05448a27b0459aef19b9dedb1b81$__631bc1f2508a8a8a87611f056040805160a0810182525f808252602082018190529181018290526060810182905260808101919091526040518060a001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316815250905090565b6040518663ffffffff1660e01b8152600401611f25959493929190614f41565b5f60405180830381865af4158015611f3f573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052611f6691908101906151dc565b85516040805160e081018252885181528e8201356020820152949a509295509093505f5160206157725f395f51905f521491908101611fab60808d0160608e01614ebc565b63ffffffff16815288516001600160a01b03166020820152604001611fd76101008d0160e08e016135f3565b6001600160a01b0316815260200182611ff0575f612013565b6120136120016101408e018e6146fe565b686c7068612d6c63747360b81b612da8565b6001600160a01b0316815260200161203160e08d0160c08e016135f3565b6001600160a01b039081169091525f888152600460208181526040928390208551815590850151600182015591840151600283018054606087015163ffffffff9093166001600160c01b0319909116176401000000009286169290920291909117905560808401516003830180546001600160a01b031990811692861692909217905560a0850151918301805482169285169290921790915560c0909301516005909101805490931691161790558061215c57604080516060808201835288825260808a01516001600160a01b03908116602080850191825260e08a015163ffffffff908116868801908152948e015184165f90815260059092529590209351845551600190930180549251909416600160a01b026001600160c01b03199092169216919091171790555b896020013586600161ffff167f0dc45615c5136163273f149e6f5f72fd5876c8ecdcf2740c82410786c5bfbbe06040518061012001604052808f61219f9061534d565b8152602001895f015181526020018c81526020018d6001600160a01b031681526020018e81526020018881526020018960e0015163ffffffff168152602001875f015181526020018760c001518152506040516121fc91906155de565b60405180910390a45050505050509392505050565b5f6106bc825490565b5f5160206157725f395f51905f52811415801561225757507fd741ec101bfd30633282d6f9cda1713ffae722f2e9c0cf32d0cf0fc26c61be648114155b1561184957604051630918b2ef60e11b8152600481018290526024016107c0565b80825d5050565b5f6106bc61228b612e2b565b8360405161190160f01b8152600281019290925260228201526042902090565b5f836001600160a01b03163b5f03612309575f5f6122c98585612f54565b5090925090505f8160038111156122e2576122e2613afe565b1480156123005750856001600160a01b0316826001600160a01b0316145b92505050610724565b612314848484612f9d565b9050610724565b604051636caa470760e01b8152600481018290525f906001600160a01b03841690636caa470790602401602060405180830381865afa158015612360573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906123849190614f28565b806123f1575060405163b0db18ad60e01b8152600481018390526001600160a01b0384169063b0db18ad90602401602060405180830381865afa1580156123cd573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906123f19190614f28565b8061072457506040516352dc92e960e11b8152600481018390526001600160a01b0384169063a5b925d290602401602060405180830381865afa15801561243a573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107249190614f28565b612466613483565b60405163061f075d60e01b81526004810184905263ffffffff831660248201527f0000000000000000000000000000000000000000000000000000000000000000905f906001600160a01b0383169063061f075d90604401602060405180830381865afa1580156124d9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906124fd9190615691565b90505f81600481111561251257612512613afe565b0361253f5760405163064bd7c360e31b81526004810186905263ffffffff851660248201526044016107c0565b600181600481111561255357612553613afe565b036125805760405163769c4d7f60e11b81526004810186905263ffffffff851660248201526044016107c0565b600381600481111561259457612594613afe565b036125c157604051638ebe9b4760e01b81526004810186905263ffffffff851660248201526044016107c0565b60048160048111156125d5576125d5613afe565b0361260257604051637464ae6760e01b81526004810186905263ffffffff851660248201526044016107c0565b604051632affc38360e21b81526004810186905263ffffffff851660248201526001600160a01b0383169063abff0e0c906044015f60405180830381865afa158015612650573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052612677919081019061441f565b60c0015195945050505050565b5f5b8281101561284e575f8484838181106126a1576126a16156aa565b604002919091013591505f90505b828110156126fc57818686838181106126ca576126ca6156aa565b9050604002015f0135036126f457604051632e79e8bb60e21b8152600481018390526024016107c0565b6001016126af565b505f5b83518110801561272b57508184828151811061271d5761271d6156aa565b60200260200101515f015114155b1561274057612739816156d2565b90506126ff565b83518103612764576040516339414d1160e11b8152600481018390526024016107c0565b5f868685818110612777576127776156aa565b905060400201602001359050848281518110612795576127956156aa565b6020026020010151602001518110806127ca57508482815181106127bb576127bb6156aa565b60200260200101516040015181115b156128405782818684815181106127e3576127e36156aa565b602002602001015160200151878581518110612801576128016156aa565b6020026020010151604001516040516344bc48a960e01b81526004016107c0949392919093845260208401929092526040830152606082015260800190565b505050806001019050612686565b5080518214610788575f5b815181101561074f576128898484848481518110612879576128796156aa565b60200260200101515f0151613073565b50600101612859565b61289c8282610c8a565b6128cb5760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016107c0565b5050565b5f6128da8383610c8a565b612957575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561290f3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016106bc565b505f6106bc565b5f610724836001600160a01b0384166130e8565b5f61297d8383610c8a565b15612957575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016106bc565b5f610724836001600160a01b03841661312d565b612a1960405180606001604052805f81526020015f6001600160a01b031681526020015f81525090565b5f5b8351811015612a715782848281518110612a3757612a376156aa565b60200260200101515f015103612a6957838181518110612a5957612a596156aa565b60200260200101519150506106bc565b600101612a1b565b5060405163a417080f60e01b8152600481018390526024016107c0565b6040513060388201526f5af43d82803e903d91602b57fd5bf3ff602482015260148101839052733d602d80600a3d3981f3363d3d373d3d3d363d738152605881018290526037600c820120607882015260556043909101205f906001600160a01b0316610724565b606060ff8314612b1057612b0983613210565b90506106bc565b818054612b1c906156ea565b80601f0160208091040260200160405190810160405280929190818152602001828054612b48906156ea565b8015612b935780601f10612b6a57610100808354040283529160200191612b93565b820191905f5260205f20905b815481529060010190602001808311612b7657829003601f168201915b505050505090506106bc565b5f825f018281548110612bb457612bb46156aa565b905f5260205f200154905092915050565b6060815f01805480602002602001604051908101604052809291908181526020018280548015612c1257602002820191905f5260205f20905b815481526020019060010190808311612bfe575b50505050509050919050565b5f5b82811015612d67575f848483818110612c3b57612c3b6156aa565b604002919091013591505f90505b82811015612c965781868683818110612c6457612c646156aa565b9050604002015f013503612c8e5760405163efe24bc760e01b8152600481018390526024016107c0565b600101612c49565b505f805b8451811015612cd05782858281518110612cb657612cb66156aa565b602002602001015103612cc857600191505b600101612c9a565b5080612cf257604051638a3de8d760e01b8152600481018390526024016107c0565b5f868685818110612d0557612d056156aa565b9050604002016020016020810190612d1d91906135f3565b6001600160a01b031603612d5d5760405163f8b39ded60e01b81526020600482015260066024820152653132b0b1b7b760d11b60448201526064016107c0565b5050600101612c20565b5080518214610788575f5b815181101561074f57612d9f8484848481518110612d9257612d926156aa565b6020026020010151612da8565b50600101612d72565b5f805b83811015612e0e5782858583818110612dc657612dc66156aa565b9050604002015f013503612e0657848482818110612de657612de66156aa565b9050604002016020016020810190612dfe91906135f3565b915050610724565b600101612dab565b5060405163074f0b8160e11b8152600481018390526024016107c0565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015612e8357507f000000000000000000000000000000000000000000000000000000000000000046145b15612ead57507f000000000000000000000000000000000000000000000000000000000000000090565b611931604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f5f8351604103612f8b576020840151604085015160608601515f1a612f7d8882858561324d565b955095509550505050612f96565b505081515f91506002905b9250925092565b5f5f5f856001600160a01b03168585604051602401612fbd92919061571c565b60408051601f198184030181529181526020820180516001600160e01b0316630b135d3f60e11b17905251612ff29190615734565b5f60405180830381855afa9150503d805f811461302a576040519150601f19603f3d011682016040523d82523d5f602084013e61302f565b606091505b509150915081801561304357506020815110155b80156111c857508051630b135d3f60e11b906130689083016020908101908401614f11565b149695505050505050565b5f805b838110156130cb5782858583818110613091576130916156aa565b9050604002015f0135036130c3578484828181106130b1576130b16156aa565b90506040020160200135915050610724565b600101613076565b5060405163e07fb14960e01b8152600481018390526024016107c0565b5f81815260018301602052604081205461295757508154600181810184555f8481526020808220909301849055845484825282860190935260409020919091556106bc565b5f8181526001830160205260408120548015613207575f61314f60018361574a565b85549091505f906131629060019061574a565b90508082146131c1575f865f018281548110613180576131806156aa565b905f5260205f200154905080875f0184815481106131a0576131a06156aa565b5f918252602080832090910192909255918252600188019052604090208390555b85548690806131d2576131d261575d565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f9055600193505050506106bc565b5f9150506106bc565b60605f61321c83613315565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561328657505f9150600390508261330b565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156132d7573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661330257505f92506001915082905061330b565b92505f91508190505b9450945094915050565b5f60ff8216601f8111156106bc57604051632cd44ac360e21b815260040160405180910390fd5b6040518060e001604052805f81526020015f6001600160a01b031681526020015f8152602001606081526020015f81526020015f81526020015f81525090565b6040518061012001604052805f81526020015f81526020015f60028111156133a6576133a6613afe565b815260200160608152602001606081526020016133fe6040518060c001604052805f6001600160a01b031681526020015f81526020015f6001600160a01b031681526020015f81526020015f81526020015f81525090565b815260200161341f6040518060400160405280606081526020015f81525090565b81525f6020808301829052604080516060810182528381529182018390528181019290925291015290565b905290565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a081019190915290565b6040518061012001604052805f81526020016060815260200160608152602001606081526020016060815260200160608152602001606081526020015f63ffffffff16815260200161344a60405180604001604052805f8152602001606081525090565b5f602082840312156134f7575f5ffd5b81356001600160e01b031981168114610724575f5ffd5b5f60c0828403121561351e575f5ffd5b50919050565b5f6080828403121561351e575f5ffd5b5f5f5f60608486031215613546575f5ffd5b83356001600160401b0381111561355b575f5ffd5b6135678682870161350e565b9350506020840135915060408401356001600160401b03811115613589575f5ffd5b61359586828701613524565b9150509250925092565b606081016106bc828480516001600160a01b03908116835260208083015182169084015260409182015116910152565b6001600160a01b0381168114611849575f5ffd5b80356135ee816135cf565b919050565b5f60208284031215613603575f5ffd5b8135610724816135cf565b5f6020828403121561361e575f5ffd5b5035919050565b5f5f60408385031215613636575f5ffd5b823591506020830135613648816135cf565b809150509250929050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081528151602082015260018060a01b036020830151166040820152604082015160608201525f606083015160e060808401526136c3610100840182613653565b9050608084015160a084015260a084015160c084015260c084015160e08401528091505092915050565b5f5f5f5f5f60a08688031215613701575f5ffd5b853594506020860135613713816135cf565b94979496505050506040830135926060810135926080909101359150565b5f5f60408385031215613742575f5ffd5b82356001600160401b03811115613757575f5ffd5b6137638582860161350e565b95602094909401359450505050565b5f5f60408385031215613783575f5ffd5b50508035926020909101359150565b5f602082840312156137a2575f5ffd5b81356001600160401b038111156137b7575f5ffd5b610db38482850161350e565b5f5f5f5f608085870312156137d6575f5ffd5b84356001600160401b038111156137eb575f5ffd5b6137f78782880161350e565b97602087013597506040870135966060013595509350505050565b63ffffffff81168114611849575f5ffd5b80356135ee81613812565b5f5f5f5f5f60a08688031215613842575f5ffd5b85359450602086013561385481613812565b935060408601359250606086013591506080860135613872816135cf565b809150509295509295909350565b5f6101a0828403121561351e575f5ffd5b5f602082840312156138a1575f5ffd5b81356001600160401b038111156138b6575f5ffd5b610db384828501613880565b60ff60f81b8816815260e060208201525f6138e060e0830189613653565b82810360408401526138f28189613653565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015613947578351835260209384019390920191600101613929565b50909b9a5050505050505050505050565b5f5f5f5f6080858703121561396b575f5ffd5b84356001600160401b03811115613980575f5ffd5b6137f787828801613880565b602080825282518282018190525f918401906040840190835b818110156139cc5783516001600160a01b03168352602093840193909201916001016139a5565b509095945050505050565b5f5f5f606084860312156139e9575f5ffd5b8335925060208401356139fb816135cf565b91506040840135613a0b816135cf565b809150509250925092565b5f5f5f60608486031215613a28575f5ffd5b83356001600160401b03811115613a3d575f5ffd5b61356786828701613880565b80516001600160a01b03908116835260208083015182169084015260408083015182169084015260608083015182169084015260808083015182169084015260a09182015116910152565b60c081016106bc8284613a49565b5f5f60408385031215613ab3575f5ffd5b8235613abe816135cf565b946020939093013593505050565b5f5f60408385031215613add575f5ffd5b82356001600160401b03811115613af2575f5ffd5b61376385828601613880565b634e487b7160e01b5f52602160045260245ffd5b60038110613b2e57634e487b7160e01b5f52602160045260245ffd5b9052565b5f8151808452602084019350602083015f5b82811015613b8057613b6a868351805182526020908101516001600160a01b0316910152565b6040959095019460209190910190600101613b44565b5093949350505050565b5f8151808452602084019350602083015f5b82811015613b80578151805187526020908101518188015260409096019590910190600101613b9c565b5f815160408452613bda6040850182613653565b602093840151949093019390935250919050565b6020815281516020820152602082015160408201525f6040830151613c166060840182613b12565b5060608301516102006080840152613c32610220840182613b32565b90506080840151601f198483030160a0850152613c4f8282613b8a565b60a08681015180516001600160a01b0390811660c0890152602082015160e0890152604082015116610100880152606081015161012088015260808101516101408801529081015161016087015290925090505060c0840151838203601f1901610180850152613cbf8282613bc6565b91505060e0840151613cdd6101a08501826001600160401b03169052565b50610100840151805163ffffffff9081166101c08601526020820151166101e085015260408101516001600160401b0316610200850152611877565b5f5f8335601e19843603018112613d2e575f5ffd5b83016020810192503590506001600160401b03811115613d4c575f5ffd5b803603821315613d5a575f5ffd5b9250929050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b5f5f8335601e19843603018112613d9e575f5ffd5b83016020810192503590506001600160401b03811115613dbc575f5ffd5b8060061b3603821315613d5a575f5ffd5b8183526020830192505f815f5b84811015613b8057813586526020808301359087015260409586019590910190600101613dda565b5f8235603e19833603018112613e16575f5ffd5b90910192915050565b5f613e2a8283613d19565b60408552613e3c604086018284613d61565b6020948501359590940194909452509092915050565b60208082528235828201528201356040808301919091525f90613e7790840184613d19565b60c06060850152613e8c60e085018284613d61565b915050613e9c6060850185613d19565b848303601f19016080860152613eb3838284613d61565b92505050613ec46080850185613d89565b848303601f190160a0860152613edb838284613dcd565b92505050613eec60a0850185613e02565b838203601f190160c0850152610a8c8282613e1f565b634e487b7160e01b5f52604160045260245ffd5b604051606081016001600160401b0381118282101715613f3857613f38613f02565b60405290565b604080519081016001600160401b0381118282101715613f3857613f38613f02565b60405161012081016001600160401b0381118282101715613f3857613f38613f02565b60405160e081016001600160401b0381118282101715613f3857613f38613f02565b60405160c081016001600160401b0381118282101715613f3857613f38613f02565b6040516101a081016001600160401b0381118282101715613f3857613f38613f02565b604051601f8201601f191681016001600160401b038111828210171561401257614012613f02565b604052919050565b80516135ee81613812565b8051600581106135ee575f5ffd5b80516135ee816135cf565b80516001600160401b03811681146135ee575f5ffd5b5f6001600160401b0382111561406c5761406c613f02565b5060051b60200190565b5f82601f830112614085575f5ffd5b815161409861409382614054565b613fea565b8082825260208201915060208360051b8601019250858311156140b9575f5ffd5b602085015b838110156140d65780518352602092830192016140be565b5095945050505050565b5f82601f8301126140ef575f5ffd5b81516140fd61409382614054565b8082825260208201915060206060840286010192508583111561411e575f5ffd5b602085015b838110156140d6576060818803121561413a575f5ffd5b614142613f16565b815181526020820151614154816135cf565b602082810191909152604083810151908301529084529290920191606001614123565b5f82601f830112614186575f5ffd5b8151602083015f61419961409384614054565b8381526060909302820192905060208101868411156141b6575f5ffd5b838310156140d6575f606084890312156141ce575f5ffd5b6141d6613f16565b8451815260208086015181830152604080870151908301529083526060909401939190910190506141b6565b5f6001600160401b0382111561421a5761421a613f02565b50601f01601f191660200190565b5f61423561409384614202565b9050828152838383011115614248575f5ffd5b8282602083015e5f602084830101529392505050565b5f6040828403121561426e575f5ffd5b614276613f3e565b8251815260208301519091506001600160401b03811115614295575f5ffd5b8201601f810184136142a5575f5ffd5b6142b484825160208401614228565b60208301525092915050565b5f61012082840312156142d1575f5ffd5b6142d9613f60565b8251815260208301519091506001600160401b038111156142f8575f5ffd5b61430484828501614076565b60208301525060408201516001600160401b03811115614322575f5ffd5b61432e848285016140e0565b60408301525060608201516001600160401b0381111561434c575f5ffd5b614358848285016140e0565b60608301525060808201516001600160401b03811115614376575f5ffd5b61438284828501614177565b60808301525060a08201516001600160401b038111156143a0575f5ffd5b6143ac84828501614177565b60a08301525060c08201516001600160401b038111156143ca575f5ffd5b6143d684828501614177565b60c0830152506143e860e0830161401a565b60e08201526101008201516001600160401b03811115614406575f5ffd5b6144128482850161425e565b6101008301525092915050565b5f6020828403121561442f575f5ffd5b81516001600160401b03811115614444575f5ffd5b820160e08185031215614455575f5ffd5b61445d613f83565b8151815261446d6020830161401a565b602082015261447e60408301614025565b604082015261448f60608301614033565b60608201526144a06080830161403e565b60808201526144b160a0830161403e565b60a082015260c08201516001600160401b038111156144ce575f5ffd5b6144da868285016142c0565b60c083015250949350505050565b8035825260208101356144fa816135cf565b6001600160a01b03166020929092019190915250565b8183526020830192505f815f5b84811015613b805761452f86836144e8565b604095860195919091019060010161451d565b60208082528235828201528201356040808301919091528201356060808301919091525f90614572908401613823565b63ffffffff811660808401525061458b608084016135e3565b6001600160a01b03811660a0840152506145a760a084016135e3565b6001600160a01b03811660c0840152506145c360c084016135e3565b6001600160a01b03811660e0840152506145df60e084016135e3565b6001600160a01b038116610100840152506145fe610100840184613d19565b6101a06101208501526146166101c085018284613d61565b915050614627610120850185613d19565b848303601f190161014086015261463f838284613d61565b92505050614651610140850185613d89565b848303601f1901610160860152614669838284614510565b9250505061467b610160850185613d89565b848303601f1901610180860152614693838284613dcd565b925050506146a5610180850185613e02565b838203601f19016101a0850152610a8c8282613e1f565b5f5f8335601e198436030181126146d1575f5ffd5b8301803591506001600160401b038211156146ea575f5ffd5b602001915036819003821315613d5a575f5ffd5b5f5f8335601e19843603018112614713575f5ffd5b8301803591506001600160401b0382111561472c575f5ffd5b6020019150600681901b3603821315613d5a575f5ffd5b805180151581146135ee575f5ffd5b5f6080828403128015614763575f5ffd5b50604051608081016001600160401b038111828210171561478657614786613f02565b6040528251614794816135cf565b815260208301516147a4816135cf565b60208201526147b560408401614743565b60408201526147c660608401614743565b60608201529392505050565b5f8151808452602084019350602083015f5b82811015613b805781518652602095860195909101906001016147e4565b5f8151808452602084019350602083015f5b82811015613b80578151805187526020808201516001600160a01b0316818901526040918201519188019190915260609096019590910190600101614814565b5f8151808452602084019350602083015f5b82811015613b805761488d8683518051825260208082015190830152604090810151910152565b6060959095019460209190910190600101614866565b805182525f602082015160406020850152610db36040850182613653565b805182525f602082015161012060208501526148e16101208501826147d2565b9050604083015184820360408601526148fa8282614802565b915050606083015184820360608601526149148282614802565b9150506080830151848203608086015261492e8282614854565b91505060a083015184820360a08601526149488282614854565b91505060c083015184820360c08601526149628282614854565b91505060e083015161497c60e086018263ffffffff169052565b50610100830151848203610100860152610a8c82826148a3565b61018080825286359082015260208601356101a08201525f6149bb6040880188613d19565b60c06101c08501526149d261024085018284613d61565b9150506149e26060890189613d19565b84830361017f19016101e08601526149fb838284613d61565b92505050614a0c6080890189613d89565b84830361017f1901610200860152614a25838284613dcd565b92505050614a3660a0890189613e02565b83820361017f1901610220850152614a4e8282613e1f565b915050866020840152614a6c60408401876001600160a01b03169052565b8281036060840152614a7e81866148c1565b9150506111c8608083018480516001600160a01b03908116835260208083015182169084015260408083015182169084015260608083015182169084015260808083015182169084015260a08083015182169084015260c08083015182169084015260e09182015116910152565b5f5f8284036080811215614afe575f5ffd5b6060811215614b0b575f5ffd5b50614b14613f16565b8351614b1f816135cf565b81526020840151614b2f816135cf565b60208201526040840151614b42816135cf565b604082015260608401519092506001600160401b03811115614b62575f5ffd5b614b6e85828601614177565b9150509250929050565b5f82601f830112614b87575f5ffd5b8135614b9561409382614202565b818152846020838601011115614ba9575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f82601f830112614bd4575f5ffd5b8135614be261409382614054565b8082825260208201915060208360061b860101925085831115614c03575f5ffd5b602085015b838110156140d65760408188031215614c1f575f5ffd5b614c27613f3e565b81358152602080830135818301529084529290920191604001614c08565b5f60408284031215614c55575f5ffd5b614c5d613f3e565b905081356001600160401b03811115614c74575f5ffd5b614c8084828501614b78565b82525060209182013591810191909152919050565b5f60c08236031215614ca5575f5ffd5b614cad613fa5565b823581526020808401359082015260408301356001600160401b03811115614cd3575f5ffd5b614cdf36828601614b78565b60408301525060608301356001600160401b03811115614cfd575f5ffd5b614d0936828601614b78565b60608301525060808301356001600160401b03811115614d27575f5ffd5b614d3336828601614bc5565b60808301525060a08301356001600160401b03811115614d51575f5ffd5b614d5d36828601614c45565b60a08301525092915050565b80518252602081015160208301525f604082015160c06040850152614d9160c0850182613653565b905060608301518482036060860152614daa8282613653565b91505060808301518482036080860152614dc48282613b8a565b91505060a083015184820360a0860152610a8c8282613bc6565b602081525f82516101606020840152614dfb610180840182614d69565b9050602084015160408401526040840151614e1e606085018263ffffffff169052565b5060608401516001600160a01b038116608085015250608084015180516001600160a01b0390811660a08601526020820151811660c086015260408201511660e08501525060a08401516001600160a01b0381166101008501525060c084015161012084015260e0840151838203601f1901610140850152614ea08282614854565b91505061010084015161187761016085018263ffffffff169052565b5f60208284031215614ecc575f5ffd5b813561072481613812565b60018060a01b038616815284602082015260a060408201525f614efd60a0830186613653565b606083019490945250608001529392505050565b5f60208284031215614f21575f5ffd5b5051919050565b5f60208284031215614f38575f5ffd5b61072482614743565b610120808252863590820152602086013561014082015260408601356101608201525f614f7060608801613823565b63ffffffff16610180830152614f88608088016135e3565b6001600160a01b03166101a0830152614fa360a088016135e3565b6001600160a01b03166101c0830152614fbe60c088016135e3565b6001600160a01b03166101e0830152614fd960e088016135e3565b6001600160a01b0316610200830152614ff6610100880188613d19565b6101a061022085015261500e6102c085018284613d61565b91505061501f610120890189613d19565b84830361011f1901610240860152615038838284613d61565b9250505061504a610140890189613d89565b84830361011f1901610260860152615063838284614510565b92505050615075610160890189613d89565b84830361011f190161028086015261508e838284613dcd565b925050506150a0610180890189613e02565b83820361011f19016102a08501526150b88282613e1f565b9150508660208401526150d660408401876001600160a01b03169052565b82810360608401526150e881866148c1565b84516001600160a01b039081166080868101919091526020870151821660a08701526040870151821660c08701526060870151821660e08701528601511661010085015291506111c89050565b5f82601f830112615144575f5ffd5b61072483835160208501614228565b5f60e08284031215615163575f5ffd5b61516b613f83565b82518152905061517d60208301614033565b60208201526040828101519082015260608201516001600160401b038111156151a4575f5ffd5b6151b084828501615135565b6060830152506080828101519082015260a0808301519082015260c09182015191810191909152919050565b5f5f5f8385036101008112156151f0575f5ffd5b60c08112156151fd575f5ffd5b50615206613fa5565b8451615211816135cf565b81526020850151615221816135cf565b60208201526040850151615234816135cf565b60408201526060850151615247816135cf565b6060820152608085015161525a816135cf565b608082015260a085015161526d816135cf565b60a082015260c08501519093506001600160401b0381111561528d575f5ffd5b61529986828701614177565b92505060e08401516001600160401b038111156152b4575f5ffd5b61359586828701615153565b5f82601f8301126152cf575f5ffd5b81356152dd61409382614054565b8082825260208201915060208360061b8601019250858311156152fe575f5ffd5b602085015b838110156140d6576040818803121561531a575f5ffd5b615322613f3e565b813581526020820135615334816135cf565b6020828101919091529084529290920191604001615303565b5f6101a0823603121561535e575f5ffd5b615366613fc7565b82358152602080840135908201526040808401359082015261538a60608401613823565b606082015261539b608084016135e3565b60808201526153ac60a084016135e3565b60a08201526153bd60c084016135e3565b60c08201526153ce60e084016135e3565b60e08201526101008301356001600160401b038111156153ec575f5ffd5b6153f836828601614b78565b610100830152506101208301356001600160401b03811115615418575f5ffd5b61542436828601614b78565b610120830152506101408301356001600160401b03811115615444575f5ffd5b615450368286016152c0565b610140830152506101608301356001600160401b03811115615470575f5ffd5b61547c36828601614bc5565b610160830152506101808301356001600160401b0381111561549c575f5ffd5b6154a836828601614c45565b6101808301525092915050565b8051825260208101516020830152604081015160408301525f60608201516154e5606085018263ffffffff169052565b50608082015161550060808501826001600160a01b03169052565b5060a082015161551b60a08501826001600160a01b03169052565b5060c082015161553660c08501826001600160a01b03169052565b5060e082015161555160e08501826001600160a01b03169052565b506101008201516101a061010085015261556f6101a0850182613653565b905061012083015184820361012086015261558a8282613653565b9150506101408301518482036101408601526155a68282613b32565b9150506101608301518482036101608601526155c28282613b8a565b915050610180830151848203610180860152610a8c8282613bc6565b602081525f82516101c060208401526155fb6101e08401826154b5565b90506020840151604084015260408401516156196060850182613a49565b5060608401516001600160a01b0316610120840152608084015161014084015260a0840151838203601f19016101608501526156558282614854565b91505060c084015161567061018085018263ffffffff169052565b5060e08401516101a0840152610100909301516101c0909201919091525090565b5f602082840312156156a1575f5ffd5b61072482614025565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f600182016156e3576156e36156be565b5060010190565b600181811c908216806156fe57607f821691505b60208210810361351e57634e487b7160e01b5f52602260045260245ffd5b828152604060208201525f610db36040830184613653565b5f82518060208501845e5f920191825250919050565b818103818111156106bc576106bc6156be565b634e487b7160e01b5f52603160045260245ffdfec879325803e3bffefede731d4ac4d9d80ed4879e9766730a29e9f0078a309090";

/** Byte offsets in the creation bytecode where each library's 20-byte address must be written. */
export const haloFactoryLinkReferences: Readonly<Record<string, readonly number[]>> = {"ClassDeployer":[10089],"LctsUnitDeployer":[8060]};
