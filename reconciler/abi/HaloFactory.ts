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
export const haloFactoryBytecode: `0x${string}` = "0x610200604052348015610010575f5ffd5b5060405161610538038061610583398101604081905261002f91610630565b604080518082018252600b81526a48616c6f466163746f727960a81b602080830191909152825180840190935260018352603160f81b9083015290610075826002610385565b61012052610084816003610385565b61014052815160208084019190912060e052815190820120610100524660a05261011060e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05282516001600160a01b03166101615760405163f8b39ded60e01b815260206004820152600860248201526774696d656c6f636b60c01b60448201526064015b60405180910390fd5b60208301516001600160a01b03166101af5760405163f8b39ded60e01b815260206004820152601060248201526f74656d706c617465526567697374727960801b6044820152606401610158565b60408301516001600160a01b03166101f95760405163f8b39ded60e01b815260206004820152600c60248201526b68616c6f526567697374727960a01b6044820152606401610158565b60608301516001600160a01b03166102405760405163f8b39ded60e01b81526020600482015260096024820152686265616d537461746560b81b6044820152606401610158565b60808301516001600160a01b031661028a5760405163f8b39ded60e01b815260206004820152600c60248201526b31b7b73334b3bab930ba37b960a11b6044820152606401610158565b82516001600160a01b03908116610160526020840151811661018052604084015181166101a052606084015181166101c0526080840151166101e05282516102d3905f906103b7565b505f5b8251811015610331576103287f503cf060389b91af8851125bd70ce66d16d12330718b103fc7674ef6d27e70c984838151811061031557610315610702565b60200260200101516103b760201b60201c565b506001016102d6565b505f5b815181101561037c576103737f5ff1fb0ce9089603e6e193667ed17164e0360a6148f4a39fc194055588948a3183838151811061031557610315610702565b50600101610334565b505050506108ac565b5f6020835110156103a057610399836103eb565b90506103b1565b816103ab848261079a565b5060ff90505b92915050565b5f806103c38484610428565b905080156103e4575f8481526001602052604090206103e290846104cf565b505b9392505050565b5f5f829050601f81511115610415578260405163305a27a960e01b81526004016101589190610854565b805161042082610889565b179392505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166104c8575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556104803390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016103b1565b505f6103b1565b5f6103e4836001600160a01b0384165f8181526001830160205260408120546104c857508154600181810184555f8481526020808220909301849055845484825282860190935260409020919091556103b1565b634e487b7160e01b5f52604160045260245ffd5b60405160a081016001600160401b038111828210171561055957610559610523565b60405290565b604051601f8201601f191681016001600160401b038111828210171561058757610587610523565b604052919050565b80516001600160a01b03811681146105a5575f5ffd5b919050565b5f82601f8301126105b9575f5ffd5b81516001600160401b038111156105d2576105d2610523565b8060051b6105e26020820161055f565b918252602081850181019290810190868411156105fd575f5ffd5b6020860192505b83831015610626576106158361058f565b825260209283019290910190610604565b9695505050505050565b5f5f5f83850360e0811215610643575f5ffd5b60a0811215610650575f5ffd5b50610659610537565b6106628561058f565b81526106706020860161058f565b60208201526106816040860161058f565b60408201526106926060860161058f565b60608201526106a36080860161058f565b608082015260a08501519093506001600160401b038111156106c3575f5ffd5b6106cf868287016105aa565b60c086015190935090506001600160401b038111156106ec575f5ffd5b6106f8868287016105aa565b9150509250925092565b634e487b7160e01b5f52603260045260245ffd5b600181811c9082168061072a57607f821691505b60208210810361074857634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561079557805f5260205f20601f840160051c810160208510156107735750805b601f840160051c820191505b81811015610792575f815560010161077f565b50505b505050565b81516001600160401b038111156107b3576107b3610523565b6107c7816107c18454610716565b8461074e565b6020601f8211600181146107f9575f83156107e25750848201515b5f19600385901b1c1916600184901b178455610792565b5f84815260208120601f198516915b828110156108285787850151825560209485019460019092019101610808565b508482101561084557868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610748575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e05161575f6109a65f395f81816102d20152611ea201525f818161036001528181610d8c015281816115340152818161165a0152611e7301525f81816103a201528181610909015281816114990152818161168901528181611bb80152611e4401525f818161053701528181610ad501528181610ea501528181611e15015261245501525f818161063d01528181610d6b015281816115cd0152611de601525f61190a01525f6118d801525f612ed101525f612ea901525f612e0401525f612e2e01525f612e58015261575f5ff3fe608060405234801561000f575f5ffd5b5060043610610229575f3560e01c8063810edb301161012a578063b70e36f0116100b4578063cab7e8eb11610079578063cab7e8eb14610600578063d33219b414610638578063d547741f1461065f578063da4c610a14610672578063f3ca4a4914610685575f5ffd5b8063b70e36f014610580578063bb8fe5aa14610593578063c1b8411a146105a6578063c5183be4146105cd578063ca15c873146105ed575f5ffd5b806391d14854116100fa57806391d14854146104f85780639938a7771461050b578063a0af81f014610532578063a217fddf14610559578063a3246ad314610560575f5ffd5b8063810edb30146104a457806384b0196e146104b75780638ed4904e146104d25780639010d07c146104e5575f5ffd5b80634519cd57116101b65780636a80ff111161017b5780636a80ff111461041e5780636a870679146104315780636f403a301461046b57806376085fc11461047e5780637d79212014610491575f5ffd5b80634519cd571461038257806346e082291461039d5780635dd8a33e146103c457806363879259146103eb57806369774d0c1461040b575f5ffd5b80632b507df8116101fc5780632b507df8146102cd5780632f2ff15d1461030c57806336568abe146103215780633d111c7e146103345780633efa892b1461035b575f5ffd5b806301ffc9a71461022d5780630555c8f2146102555780631915c6cb14610275578063248a9ca3146102ab575b5f5ffd5b61024061023b3660046134b4565b610698565b60405190151581526020015b60405180910390f35b610268610263366004613501565b6106c2565b60405161024c919061356c565b61029d6102833660046135c0565b6001600160a01b03165f9081526005602052604090205490565b60405190815260200161024c565b61029d6102b93660046135db565b5f9081526020819052604090206001015490565b6102f47f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161024c565b61031f61031a3660046135f2565b61072b565b005b61031f61032f3660046135f2565b610755565b61029d7f5ff1fb0ce9089603e6e193667ed17164e0360a6148f4a39fc194055588948a3181565b6102f47f000000000000000000000000000000000000000000000000000000000000000081565b61038a600181565b60405161ffff909116815260200161024c565b6102f47f000000000000000000000000000000000000000000000000000000000000000081565b61029d7f07bea57ff3b203fcc37f956f2e5ca5ae05691b9ae05bbd73a084b9f5d0dd1dcc81565b6103fe6103f93660046135db565b61078d565b60405161024c919061364e565b61031f6104193660046136ba565b6107f3565b61026861042c3660046136fe565b6109ec565b61029d61043f36600461373f565b604080516020808201949094528082019290925280518083038201815260609092019052805191012090565b61029d61047936600461375f565b610a50565b61029d61048c366004613790565b610a7f565b61026861049f3660046137fb565b610a95565b61029d6104b236600461385e565b610c12565b6104bf610c24565b60405161024c979695949392919061388f565b61029d6104e0366004613925565b610c66565b6102f46104f336600461373f565b610c73565b6102406105063660046135f2565b610c8a565b61029d7fd86421f9879c6dced33ff4ff236f4dd776eec30ddb86948a1564d6ccd6a3f1b981565b6102f47f000000000000000000000000000000000000000000000000000000000000000081565b61029d5f81565b61057361056e3660046135db565b610cb2565b60405161024c9190613959565b61031f61058e3660046135db565b610ccb565b6103fe6105a13660046139a4565b610d5e565b61029d7f503cf060389b91af8851125bd70ce66d16d12330718b103fc7674ef6d27e70c981565b6105e06105db3660046139e3565b610dbb565b60405161024c9190613a61565b61029d6105fb3660046135db565b610dfa565b61024061060e366004613a6f565b6001600160a01b03919091165f908152600660209081526040808320938352929052205460ff1690565b6102f47f000000000000000000000000000000000000000000000000000000000000000081565b61031f61066d3660046135f2565b610e10565b6105e0610680366004613a99565b610e34565b6105e06106933660046137fb565b610e79565b5f6001600160e01b03198216635a05180f60e01b14806106bc57506106bc82611057565b92915050565b604080516060810182525f80825260208201819052918101919091526106e661108b565b610703826106fe8686866020013587604001356110fa565b6111d2565b61071a848461071560208601866135c0565b611368565b90506107246117e2565b9392505050565b5f828152602081905260409020600101546107458161180c565b61074f8383611819565b50505050565b6001600160a01b038116331461077e5760405163334bd91960e11b815260040160405180910390fd5b610788828261184c565b505050565b610795613309565b5f82815260046020526040902080546107c9576040516389b85a0d60e01b8152600481018490526024015b60405180910390fd5b600281015460058201546107249185916001600160a01b0364010000000090920482169116610d5e565b6107fb61108b565b335f90815260056020908152604091829020825160608101845281548082526001909201546001600160a01b03811693820193909352600160a01b90920463ffffffff169282019290925290610866576040516315162af360e31b81523360048201526024016107c0565b80516040805160208082019390935280820189905281518082038301815260609091019091528051910120610899613349565b81815282516020808301919091526040805160c081018252828601516001600160a01b0390811682529281018b905289831681830152606081018990526080810188905260a08082018890528401528085015161010084015163ffffffff909116905251631d0e020f60e21b81527f000000000000000000000000000000000000000000000000000000000000000090911690637438083c90610940908490600401613bbb565b5f604051808303815f87803b158015610957575f5ffd5b505af1158015610969573d5f5f3e3d5ffd5b50508451602080870151604080516001600160a01b0392831681529283018e9052908c1682820152606082018b9052608082018a905260a08201899052519193508592506001917f9da80c91624d23ee153965e5b8ea5b6a0c37218066e7854b3415908a0cde79b79181900360c00190a45050506109e56117e2565b5050505050565b604080516060810182525f8082526020820181905291810191909152610a1061108b565b7f503cf060389b91af8851125bd70ce66d16d12330718b103fc7674ef6d27e70c9610a3a8161180c565b610a45848433611368565b9150506106bc6117e2565b5f81604051602001610a629190613e1f565b604051602081830303815290604052805190602001209050919050565b5f610a8c858585856110fa565b95945050505050565b604080516060810182525f8082526020820181905291810191909152604051632affc38360e21b81526004810187905263ffffffff861660248201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063abff0e0c906044015f60405180830381865afa158015610b21573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610b4891908101906143ec565b60c0015180519091505f51602061573f5f395f51905f5214610b83578051604051630918b2ef60e11b815260048101919091526024016107c0565b6060810151610ba6816d2430b637a9b430b932aa37b5b2b760911b888888611877565b6001600160a01b03168352610bcf816d537562736372696265517565756560901b888888611877565b6001600160a01b03166020840152610bf8816a52656465656d517565756560a81b888888611877565b6001600160a01b0316604084015250909695505050505050565b5f81604051602001610a62919061450f565b5f6060805f5f5f6060610c356118d1565b610c3d611903565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f610a8c85858585611930565b5f82815260016020526040812061072490836119b3565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f8181526001602052604090206060906106bc906119be565b335f90815260066020908152604080832084845290915290205460ff1615610d0f57604051637ee434fd60e01b8152336004820152602481018290526044016107c0565b335f818152600660209081526040808320858452909152808220805460ff19166001179055518392917f1800cd2301fbc20790ed94f3d55a28ef2306a9c31cd3c72b5b71b6e4cf5c624191a350565b610d66613309565b610db37f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000008686866119ca565b949350505050565b610dc361341c565b610dcb61108b565b610de3826106fe868686602001358760400135611930565b61071a8484610df560208601866135c0565b611b77565b5f8181526001602052604081206106bc906121de565b5f82815260208190526040902060010154610e2a8161180c565b61074f838361184c565b610e3c61341c565b610e4461108b565b7f503cf060389b91af8851125bd70ce66d16d12330718b103fc7674ef6d27e70c9610e6e8161180c565b610a45848433611b77565b610e8161341c565b604051632affc38360e21b81526004810187905263ffffffff861660248201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063abff0e0c906044015f60405180830381865afa158015610ef1573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610f1891908101906143ec565b60c001519050610f2a815f01516121e7565b6040810151610f478167414c4d50726f787960c01b888888611877565b6001600160a01b03168352610f6c8169526174654c696d69747360b01b888888611877565b6001600160a01b03166020840152610f98816d2430b637a1b7b73a3937b63632b960911b888888611877565b6001600160a01b0316604084015281517f28be13efe402cf9ccd7d2906325e8ec00518dd0d163f30cd2f30f03d939e419c0161104c57610fea816b4e666174466163696c69747960a01b888888611877565b6001600160a01b03166060840152611015816c273330ba2232b0b62a37b5b2b760991b888888611877565b6001600160a01b0316608084015261103d81694e66617452656465656d60b01b888888611877565b6001600160a01b031660a08401525b505095945050505050565b5f6001600160e01b03198216637965db0b60e01b14806106bc57506301ffc9a760e01b6001600160e01b03198316146106bc565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156110cb57604051633ee5aeb560e01b815260040160405180910390fd5b6110f860017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612245565b565b6020808501355f9081526004909152604081208054611132576040516389b85a0d60e01b8152602087013560048201526024016107c0565b600181015460028201546111c8917f07bea57ff3b203fcc37f956f2e5ca5ae05691b9ae05bbd73a084b9f5d0dd1dcc9163ffffffff166111718a610a50565b60408051602081019590955284019290925263ffffffff166060830152608082015260a0810187905260c0810186905260e08101859052610100015b6040516020818303038152906040528051906020012061224c565b9695505050505050565b5f6111e060208401846135c0565b90508260200135421115611213576040516348e396ff60e11b8152602084013560048201524260248201526044016107c0565b61123d7f5ff1fb0ce9089603e6e193667ed17164e0360a6148f4a39fc194055588948a3182610c8a565b6112655760405163cbddbfe560e01b81526001600160a01b03821660048201526024016107c0565b6001600160a01b0381165f90815260066020908152604080832086820135845290915290205460ff16156112c15760408051637ee434fd60e01b81526001600160a01b03831660048201529084013560248201526044016107c0565b61130c81836112d36060870187614689565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061227892505050565b61133457604051630b5dfa5760e31b81526001600160a01b03821660048201526024016107c0565b6001600160a01b03165f90815260066020908152604080832094810135835293905291909120805460ff1916600117905550565b604080516060810182525f80825260208201819052918101919091528335806113a4576040516327230bcb60e11b815260040160405180910390fd5b6020858101355f9081526004808352604091829020825160e0810184528154808252600183015495820195909552600282015463ffffffff8116948201949094526401000000009093046001600160a01b03908116606085015260038201548116608085015291810154821660a0840152600501541660c082015290611443576040516389b85a0d60e01b8152602087013560048201526024016107c0565b80515f51602061573f5f395f51905f5214611494578051604051631b01c01760e01b8152602088013560048201525f51602061573f5f395f51905f52602482015260448101919091526064016107c0565b6114be7f0000000000000000000000000000000000000000000000000000000000000000836122e8565b156114df5760405163a63fbeb760e01b8152600481018390526024016107c0565b5f6114f28260200151836040015161242b565b905061150e61150460808901896146cb565b8360a00151612651565b6060820151604051630849f3e760e21b81526001600160a01b0391821660048201525f917f00000000000000000000000000000000000000000000000000000000000000001690632127cf9c90602401608060405180830381865afa158015611579573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061159d919061471f565b9050606073__$eeee79e59d8dc6341e10b45c7a031f2734$__637ebb22aa8a8a8a876040518061010001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020018b60a001516001600160a01b031681526020018b608001516001600160a01b031681526020018b606001516001600160a01b03168152602001895f01516001600160a01b0316815260200189602001516001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152506040518663ffffffff1660e01b81526004016116d4959493929190614963565b5f60405180830381865af41580156116ee573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526117159190810190614ab9565b8092508197505050886020013585600161ffff167fd5ddd96e694ef60ba2f0c34e5d7160e53c65c57cd2f353b7e1e842e336263cd26040518061012001604052808e61176090614c62565b815260200189602001518152602001896040015163ffffffff16815260200189606001516001600160a01b031681526020018b81526020018c6001600160a01b031681526020018d81526020018681526020018860e0015163ffffffff168152506040516117ce9190614dab565b60405180910390a450505050509392505050565b6110f85f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006110f2565b611816813361285f565b50565b5f5f611825848461289c565b90508015610724575f848152600160205260409020611844908461292b565b509392505050565b5f5f611858848461293f565b90508015610724575f84815260016020526040902061184490846129a8565b5f6111c861188587876129bc565b602090810151604080518084018990528082018890526001600160a01b038716606082015260808082018b90528251808303909101815260a09091019091528051920191909120612a5b565b60606118fe7f00000000000000000000000000000000000000000000000000000000000000006002612ac3565b905090565b60606118fe7f00000000000000000000000000000000000000000000000000000000000000006003612ac3565b5f610a8c7fd86421f9879c6dced33ff4ff236f4dd776eec30ddb86948a1564d6ccd6a3f1b9604087013561196a6080890160608a01614e89565b61197389610c12565b60408051602081019590955284019290925263ffffffff166060830152608082015260a0810186905260c0810185905260e08101849052610100016111ad565b5f6107248383612b6c565b60605f61072483612b92565b6119d2613309565b6001600160a01b0385811660208301526040518482166024820152908316604482015260640160408051601f19818403018152918152602080830180516001600160e01b03166305b0b97160e51b179052606084019290925251611a63917f7c07cfd256da40cfb02ad6fb86ea1725902e08a1f904334dd2ff385c15a6456791879101918252602082015260400190565b60408051601f19818403018152918152815160209283012060a084018190529183015160608401519151638065657f60e01b815289936001600160a01b03851693638065657f93611abe9390925f9291839190600401614ea4565b602060405180830381865afa158015611ad9573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611afd9190614ede565b80835260405163d45c443560e01b815260048101919091526001600160a01b0382169063d45c443590602401602060405180830381865afa158015611b44573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b689190614ede565b60c08301525095945050505050565b611b7f61341c565b833580611b9f576040516327230bcb60e11b815260040160405180910390fd5b6040516352dc92e960e11b8152602086013560048201527f0000000000000000000000000000000000000000000000000000000000000000906001600160a01b0382169063a5b925d290602401602060405180830381865afa158015611c07573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c2b9190614ef5565b611c4e5760405163236d13db60e01b8152602087013560048201526024016107c0565b611c5881836122e8565b15611c7957604051630e6625ff60e11b8152600481018390526024016107c0565b5f611c8b610100880160e089016135c0565b6001600160a01b031603611cd15760405163f8b39ded60e01b815260206004820152600c60248201526b19195c1bdcda5d105cdcd95d60a21b60448201526064016107c0565b5f611ce260e0880160c089016135c0565b6001600160a01b031603611d225760405163f8b39ded60e01b8152602060048201526006602482015265676f764f707360d01b60448201526064016107c0565b5f611d406040880135611d3b60808a0160608b01614e89565b61242b565b9050611d4e815f01516121e7565b611d69611d5f6101608901896146cb565b8360800151612651565b611d84611d7a6101408901896146cb565b8360200151612beb565b6060611d8e613309565b73__$a7949b05448a27b0459aef19b9dedb1b81$__631bc1f2508a8a8a87611ed26040805160a0810182525f808252602082018190529181018290526060810182905260808101919091526040518060a001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316815250905090565b6040518663ffffffff1660e01b8152600401611ef2959493929190614f0e565b5f60405180830381865af4158015611f0c573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052611f3391908101906151a9565b85516040805160e081018252885181528e8201356020820152949a509295509093505f51602061573f5f395f51905f521491908101611f7860808d0160608e01614e89565b63ffffffff16815288516001600160a01b03166020820152604001611fa46101008d0160e08e016135c0565b6001600160a01b0316815260200182611fbd575f611fe0565b611fe0611fce6101408e018e6146cb565b686c7068612d6c63747360b81b612d75565b6001600160a01b03168152602001611ffe60e08d0160c08e016135c0565b6001600160a01b039081169091525f888152600460208181526040928390208551815590850151600182015591840151600283018054606087015163ffffffff9093166001600160c01b0319909116176401000000009286169290920291909117905560808401516003830180546001600160a01b031990811692861692909217905560a0850151918301805482169285169290921790915560c0909301516005909101805490931691161790558061212957604080516060808201835288825260808a01516001600160a01b03908116602080850191825260e08a015163ffffffff908116868801908152948e015184165f90815260059092529590209351845551600190930180549251909416600160a01b026001600160c01b03199092169216919091171790555b896020013586600161ffff167f0dc45615c5136163273f149e6f5f72fd5876c8ecdcf2740c82410786c5bfbbe06040518061012001604052808f61216c9061531a565b8152602001895f015181526020018c81526020018d6001600160a01b031681526020018e81526020018881526020018960e0015163ffffffff168152602001875f015181526020018760c001518152506040516121c991906155ab565b60405180910390a45050505050509392505050565b5f6106bc825490565b5f51602061573f5f395f51905f52811415801561222457507fd741ec101bfd30633282d6f9cda1713ffae722f2e9c0cf32d0cf0fc26c61be648114155b1561181657604051630918b2ef60e11b8152600481018290526024016107c0565b80825d5050565b5f6106bc612258612df8565b8360405161190160f01b8152600281019290925260228201526042902090565b5f836001600160a01b03163b5f036122d6575f5f6122968585612f21565b5090925090505f8160038111156122af576122af613acb565b1480156122cd5750856001600160a01b0316826001600160a01b0316145b92505050610724565b6122e1848484612f6a565b9050610724565b604051636caa470760e01b8152600481018290525f906001600160a01b03841690636caa470790602401602060405180830381865afa15801561232d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906123519190614ef5565b806123be575060405163b0db18ad60e01b8152600481018390526001600160a01b0384169063b0db18ad90602401602060405180830381865afa15801561239a573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906123be9190614ef5565b8061072457506040516352dc92e960e11b8152600481018390526001600160a01b0384169063a5b925d290602401602060405180830381865afa158015612407573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107249190614ef5565b612433613450565b60405163061f075d60e01b81526004810184905263ffffffff831660248201527f0000000000000000000000000000000000000000000000000000000000000000905f906001600160a01b0383169063061f075d90604401602060405180830381865afa1580156124a6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906124ca919061565e565b90505f8160048111156124df576124df613acb565b0361250c5760405163064bd7c360e31b81526004810186905263ffffffff851660248201526044016107c0565b600181600481111561252057612520613acb565b0361254d5760405163769c4d7f60e11b81526004810186905263ffffffff851660248201526044016107c0565b600381600481111561256157612561613acb565b0361258e57604051638ebe9b4760e01b81526004810186905263ffffffff851660248201526044016107c0565b60048160048111156125a2576125a2613acb565b036125cf57604051637464ae6760e01b81526004810186905263ffffffff851660248201526044016107c0565b604051632affc38360e21b81526004810186905263ffffffff851660248201526001600160a01b0383169063abff0e0c906044015f60405180830381865afa15801561261d573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261264491908101906143ec565b60c0015195945050505050565b5f5b8281101561281b575f84848381811061266e5761266e615677565b604002919091013591505f90505b828110156126c9578186868381811061269757612697615677565b9050604002015f0135036126c157604051632e79e8bb60e21b8152600481018390526024016107c0565b60010161267c565b505f5b8351811080156126f85750818482815181106126ea576126ea615677565b60200260200101515f015114155b1561270d576127068161569f565b90506126cc565b83518103612731576040516339414d1160e11b8152600481018390526024016107c0565b5f86868581811061274457612744615677565b90506040020160200135905084828151811061276257612762615677565b602002602001015160200151811080612797575084828151811061278857612788615677565b60200260200101516040015181115b1561280d5782818684815181106127b0576127b0615677565b6020026020010151602001518785815181106127ce576127ce615677565b6020026020010151604001516040516344bc48a960e01b81526004016107c0949392919093845260208401929092526040830152606082015260800190565b505050806001019050612653565b5080518214610788575f5b815181101561074f57612856848484848151811061284657612846615677565b60200260200101515f0151613040565b50600101612826565b6128698282610c8a565b6128985760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016107c0565b5050565b5f6128a78383610c8a565b612924575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556128dc3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016106bc565b505f6106bc565b5f610724836001600160a01b0384166130b5565b5f61294a8383610c8a565b15612924575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016106bc565b5f610724836001600160a01b0384166130fa565b6129e660405180606001604052805f81526020015f6001600160a01b031681526020015f81525090565b5f5b8351811015612a3e5782848281518110612a0457612a04615677565b60200260200101515f015103612a3657838181518110612a2657612a26615677565b60200260200101519150506106bc565b6001016129e8565b5060405163a417080f60e01b8152600481018390526024016107c0565b6040513060388201526f5af43d82803e903d91602b57fd5bf3ff602482015260148101839052733d602d80600a3d3981f3363d3d373d3d3d363d738152605881018290526037600c820120607882015260556043909101205f906001600160a01b0316610724565b606060ff8314612add57612ad6836131dd565b90506106bc565b818054612ae9906156b7565b80601f0160208091040260200160405190810160405280929190818152602001828054612b15906156b7565b8015612b605780601f10612b3757610100808354040283529160200191612b60565b820191905f5260205f20905b815481529060010190602001808311612b4357829003601f168201915b505050505090506106bc565b5f825f018281548110612b8157612b81615677565b905f5260205f200154905092915050565b6060815f01805480602002602001604051908101604052809291908181526020018280548015612bdf57602002820191905f5260205f20905b815481526020019060010190808311612bcb575b50505050509050919050565b5f5b82811015612d34575f848483818110612c0857612c08615677565b604002919091013591505f90505b82811015612c635781868683818110612c3157612c31615677565b9050604002015f013503612c5b5760405163efe24bc760e01b8152600481018390526024016107c0565b600101612c16565b505f805b8451811015612c9d5782858281518110612c8357612c83615677565b602002602001015103612c9557600191505b600101612c67565b5080612cbf57604051638a3de8d760e01b8152600481018390526024016107c0565b5f868685818110612cd257612cd2615677565b9050604002016020016020810190612cea91906135c0565b6001600160a01b031603612d2a5760405163f8b39ded60e01b81526020600482015260066024820152653132b0b1b7b760d11b60448201526064016107c0565b5050600101612bed565b5080518214610788575f5b815181101561074f57612d6c8484848481518110612d5f57612d5f615677565b6020026020010151612d75565b50600101612d3f565b5f805b83811015612ddb5782858583818110612d9357612d93615677565b9050604002015f013503612dd357848482818110612db357612db3615677565b9050604002016020016020810190612dcb91906135c0565b915050610724565b600101612d78565b5060405163074f0b8160e11b8152600481018390526024016107c0565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015612e5057507f000000000000000000000000000000000000000000000000000000000000000046145b15612e7a57507f000000000000000000000000000000000000000000000000000000000000000090565b6118fe604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f5f8351604103612f58576020840151604085015160608601515f1a612f4a8882858561321a565b955095509550505050612f63565b505081515f91506002905b9250925092565b5f5f5f856001600160a01b03168585604051602401612f8a9291906156e9565b60408051601f198184030181529181526020820180516001600160e01b0316630b135d3f60e11b17905251612fbf9190615701565b5f60405180830381855afa9150503d805f8114612ff7576040519150601f19603f3d011682016040523d82523d5f602084013e612ffc565b606091505b509150915081801561301057506020815110155b80156111c857508051630b135d3f60e11b906130359083016020908101908401614ede565b149695505050505050565b5f805b83811015613098578285858381811061305e5761305e615677565b9050604002015f0135036130905784848281811061307e5761307e615677565b90506040020160200135915050610724565b600101613043565b5060405163e07fb14960e01b8152600481018390526024016107c0565b5f81815260018301602052604081205461292457508154600181810184555f8481526020808220909301849055845484825282860190935260409020919091556106bc565b5f81815260018301602052604081205480156131d4575f61311c600183615717565b85549091505f9061312f90600190615717565b905080821461318e575f865f01828154811061314d5761314d615677565b905f5260205f200154905080875f01848154811061316d5761316d615677565b5f918252602080832090910192909255918252600188019052604090208390555b855486908061319f5761319f61572a565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f9055600193505050506106bc565b5f9150506106bc565b60605f6131e9836132e2565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561325357505f915060039050826132d8565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156132a4573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166132cf57505f9250600191508290506132d8565b92505f91508190505b9450945094915050565b5f60ff8216601f8111156106bc57604051632cd44ac360e21b815260040160405180910390fd5b6040518060e001604052805f81526020015f6001600160a01b031681526020015f8152602001606081526020015f81526020015f81526020015f81525090565b6040518061012001604052805f81526020015f81526020015f600281111561337357613373613acb565b815260200160608152602001606081526020016133cb6040518060c001604052805f6001600160a01b031681526020015f81526020015f6001600160a01b031681526020015f81526020015f81526020015f81525090565b81526020016133ec6040518060400160405280606081526020015f81525090565b81525f6020808301829052604080516060810182528381529182018390528181019290925291015290565b905290565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a081019190915290565b6040518061012001604052805f81526020016060815260200160608152602001606081526020016060815260200160608152602001606081526020015f63ffffffff16815260200161341760405180604001604052805f8152602001606081525090565b5f602082840312156134c4575f5ffd5b81356001600160e01b031981168114610724575f5ffd5b5f60c082840312156134eb575f5ffd5b50919050565b5f608082840312156134eb575f5ffd5b5f5f5f60608486031215613513575f5ffd5b83356001600160401b03811115613528575f5ffd5b613534868287016134db565b9350506020840135915060408401356001600160401b03811115613556575f5ffd5b613562868287016134f1565b9150509250925092565b606081016106bc828480516001600160a01b03908116835260208083015182169084015260409182015116910152565b6001600160a01b0381168114611816575f5ffd5b80356135bb8161359c565b919050565b5f602082840312156135d0575f5ffd5b81356107248161359c565b5f602082840312156135eb575f5ffd5b5035919050565b5f5f60408385031215613603575f5ffd5b8235915060208301356136158161359c565b809150509250929050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081528151602082015260018060a01b036020830151166040820152604082015160608201525f606083015160e06080840152613690610100840182613620565b9050608084015160a084015260a084015160c084015260c084015160e08401528091505092915050565b5f5f5f5f5f60a086880312156136ce575f5ffd5b8535945060208601356136e08161359c565b94979496505050506040830135926060810135926080909101359150565b5f5f6040838503121561370f575f5ffd5b82356001600160401b03811115613724575f5ffd5b613730858286016134db565b95602094909401359450505050565b5f5f60408385031215613750575f5ffd5b50508035926020909101359150565b5f6020828403121561376f575f5ffd5b81356001600160401b03811115613784575f5ffd5b610db3848285016134db565b5f5f5f5f608085870312156137a3575f5ffd5b84356001600160401b038111156137b8575f5ffd5b6137c4878288016134db565b97602087013597506040870135966060013595509350505050565b63ffffffff81168114611816575f5ffd5b80356135bb816137df565b5f5f5f5f5f60a0868803121561380f575f5ffd5b853594506020860135613821816137df565b93506040860135925060608601359150608086013561383f8161359c565b809150509295509295909350565b5f6101a082840312156134eb575f5ffd5b5f6020828403121561386e575f5ffd5b81356001600160401b03811115613883575f5ffd5b610db38482850161384d565b60ff60f81b8816815260e060208201525f6138ad60e0830189613620565b82810360408401526138bf8189613620565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156139145783518352602093840193909201916001016138f6565b50909b9a5050505050505050505050565b5f5f5f5f60808587031215613938575f5ffd5b84356001600160401b0381111561394d575f5ffd5b6137c48782880161384d565b602080825282518282018190525f918401906040840190835b818110156139995783516001600160a01b0316835260209384019390920191600101613972565b509095945050505050565b5f5f5f606084860312156139b6575f5ffd5b8335925060208401356139c88161359c565b915060408401356139d88161359c565b809150509250925092565b5f5f5f606084860312156139f5575f5ffd5b83356001600160401b03811115613a0a575f5ffd5b6135348682870161384d565b80516001600160a01b03908116835260208083015182169084015260408083015182169084015260608083015182169084015260808083015182169084015260a09182015116910152565b60c081016106bc8284613a16565b5f5f60408385031215613a80575f5ffd5b8235613a8b8161359c565b946020939093013593505050565b5f5f60408385031215613aaa575f5ffd5b82356001600160401b03811115613abf575f5ffd5b6137308582860161384d565b634e487b7160e01b5f52602160045260245ffd5b60038110613afb57634e487b7160e01b5f52602160045260245ffd5b9052565b5f8151808452602084019350602083015f5b82811015613b4d57613b37868351805182526020908101516001600160a01b0316910152565b6040959095019460209190910190600101613b11565b5093949350505050565b5f8151808452602084019350602083015f5b82811015613b4d578151805187526020908101518188015260409096019590910190600101613b69565b5f815160408452613ba76040850182613620565b602093840151949093019390935250919050565b6020815281516020820152602082015160408201525f6040830151613be36060840182613adf565b5060608301516102006080840152613bff610220840182613aff565b90506080840151601f198483030160a0850152613c1c8282613b57565b60a08681015180516001600160a01b0390811660c0890152602082015160e0890152604082015116610100880152606081015161012088015260808101516101408801529081015161016087015290925090505060c0840151838203601f1901610180850152613c8c8282613b93565b91505060e0840151613caa6101a08501826001600160401b03169052565b50610100840151805163ffffffff9081166101c08601526020820151166101e085015260408101516001600160401b0316610200850152611844565b5f5f8335601e19843603018112613cfb575f5ffd5b83016020810192503590506001600160401b03811115613d19575f5ffd5b803603821315613d27575f5ffd5b9250929050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b5f5f8335601e19843603018112613d6b575f5ffd5b83016020810192503590506001600160401b03811115613d89575f5ffd5b8060061b3603821315613d27575f5ffd5b8183526020830192505f815f5b84811015613b4d57813586526020808301359087015260409586019590910190600101613da7565b5f8235603e19833603018112613de3575f5ffd5b90910192915050565b5f613df78283613ce6565b60408552613e09604086018284613d2e565b6020948501359590940194909452509092915050565b60208082528235828201528201356040808301919091525f90613e4490840184613ce6565b60c06060850152613e5960e085018284613d2e565b915050613e696060850185613ce6565b848303601f19016080860152613e80838284613d2e565b92505050613e916080850185613d56565b848303601f190160a0860152613ea8838284613d9a565b92505050613eb960a0850185613dcf565b838203601f190160c0850152610a8c8282613dec565b634e487b7160e01b5f52604160045260245ffd5b604051606081016001600160401b0381118282101715613f0557613f05613ecf565b60405290565b604080519081016001600160401b0381118282101715613f0557613f05613ecf565b60405161012081016001600160401b0381118282101715613f0557613f05613ecf565b60405160e081016001600160401b0381118282101715613f0557613f05613ecf565b60405160c081016001600160401b0381118282101715613f0557613f05613ecf565b6040516101a081016001600160401b0381118282101715613f0557613f05613ecf565b604051601f8201601f191681016001600160401b0381118282101715613fdf57613fdf613ecf565b604052919050565b80516135bb816137df565b8051600581106135bb575f5ffd5b80516135bb8161359c565b80516001600160401b03811681146135bb575f5ffd5b5f6001600160401b0382111561403957614039613ecf565b5060051b60200190565b5f82601f830112614052575f5ffd5b815161406561406082614021565b613fb7565b8082825260208201915060208360051b860101925085831115614086575f5ffd5b602085015b838110156140a357805183526020928301920161408b565b5095945050505050565b5f82601f8301126140bc575f5ffd5b81516140ca61406082614021565b808282526020820191506020606084028601019250858311156140eb575f5ffd5b602085015b838110156140a35760608188031215614107575f5ffd5b61410f613ee3565b8151815260208201516141218161359c565b6020828101919091526040838101519083015290845292909201916060016140f0565b5f82601f830112614153575f5ffd5b8151602083015f61416661406084614021565b838152606090930282019290506020810186841115614183575f5ffd5b838310156140a3575f6060848903121561419b575f5ffd5b6141a3613ee3565b845181526020808601518183015260408087015190830152908352606090940193919091019050614183565b5f6001600160401b038211156141e7576141e7613ecf565b50601f01601f191660200190565b5f614202614060846141cf565b9050828152838383011115614215575f5ffd5b8282602083015e5f602084830101529392505050565b5f6040828403121561423b575f5ffd5b614243613f0b565b8251815260208301519091506001600160401b03811115614262575f5ffd5b8201601f81018413614272575f5ffd5b614281848251602084016141f5565b60208301525092915050565b5f610120828403121561429e575f5ffd5b6142a6613f2d565b8251815260208301519091506001600160401b038111156142c5575f5ffd5b6142d184828501614043565b60208301525060408201516001600160401b038111156142ef575f5ffd5b6142fb848285016140ad565b60408301525060608201516001600160401b03811115614319575f5ffd5b614325848285016140ad565b60608301525060808201516001600160401b03811115614343575f5ffd5b61434f84828501614144565b60808301525060a08201516001600160401b0381111561436d575f5ffd5b61437984828501614144565b60a08301525060c08201516001600160401b03811115614397575f5ffd5b6143a384828501614144565b60c0830152506143b560e08301613fe7565b60e08201526101008201516001600160401b038111156143d3575f5ffd5b6143df8482850161422b565b6101008301525092915050565b5f602082840312156143fc575f5ffd5b81516001600160401b03811115614411575f5ffd5b820160e08185031215614422575f5ffd5b61442a613f50565b8151815261443a60208301613fe7565b602082015261444b60408301613ff2565b604082015261445c60608301614000565b606082015261446d6080830161400b565b608082015261447e60a0830161400b565b60a082015260c08201516001600160401b0381111561449b575f5ffd5b6144a78682850161428d565b60c083015250949350505050565b8035825260208101356144c78161359c565b6001600160a01b03166020929092019190915250565b8183526020830192505f815f5b84811015613b4d576144fc86836144b5565b60409586019591909101906001016144ea565b60208082528235828201528201356040808301919091528201356060808301919091525f9061453f9084016137f0565b63ffffffff8116608084015250614558608084016135b0565b6001600160a01b03811660a08401525061457460a084016135b0565b6001600160a01b03811660c08401525061459060c084016135b0565b6001600160a01b03811660e0840152506145ac60e084016135b0565b6001600160a01b038116610100840152506145cb610100840184613ce6565b6101a06101208501526145e36101c085018284613d2e565b9150506145f4610120850185613ce6565b848303601f190161014086015261460c838284613d2e565b9250505061461e610140850185613d56565b848303601f19016101608601526146368382846144dd565b92505050614648610160850185613d56565b848303601f1901610180860152614660838284613d9a565b92505050614672610180850185613dcf565b838203601f19016101a0850152610a8c8282613dec565b5f5f8335601e1984360301811261469e575f5ffd5b8301803591506001600160401b038211156146b7575f5ffd5b602001915036819003821315613d27575f5ffd5b5f5f8335601e198436030181126146e0575f5ffd5b8301803591506001600160401b038211156146f9575f5ffd5b6020019150600681901b3603821315613d27575f5ffd5b805180151581146135bb575f5ffd5b5f6080828403128015614730575f5ffd5b50604051608081016001600160401b038111828210171561475357614753613ecf565b60405282516147618161359c565b815260208301516147718161359c565b602082015261478260408401614710565b604082015261479360608401614710565b60608201529392505050565b5f8151808452602084019350602083015f5b82811015613b4d5781518652602095860195909101906001016147b1565b5f8151808452602084019350602083015f5b82811015613b4d578151805187526020808201516001600160a01b03168189015260409182015191880191909152606090960195909101906001016147e1565b5f8151808452602084019350602083015f5b82811015613b4d5761485a8683518051825260208082015190830152604090810151910152565b6060959095019460209190910190600101614833565b805182525f602082015160406020850152610db36040850182613620565b805182525f602082015161012060208501526148ae61012085018261479f565b9050604083015184820360408601526148c782826147cf565b915050606083015184820360608601526148e182826147cf565b915050608083015184820360808601526148fb8282614821565b91505060a083015184820360a08601526149158282614821565b91505060c083015184820360c086015261492f8282614821565b91505060e083015161494960e086018263ffffffff169052565b50610100830151848203610100860152610a8c8282614870565b61018080825286359082015260208601356101a08201525f6149886040880188613ce6565b60c06101c085015261499f61024085018284613d2e565b9150506149af6060890189613ce6565b84830361017f19016101e08601526149c8838284613d2e565b925050506149d96080890189613d56565b84830361017f19016102008601526149f2838284613d9a565b92505050614a0360a0890189613dcf565b83820361017f1901610220850152614a1b8282613dec565b915050866020840152614a3960408401876001600160a01b03169052565b8281036060840152614a4b818661488e565b9150506111c8608083018480516001600160a01b03908116835260208083015182169084015260408083015182169084015260608083015182169084015260808083015182169084015260a08083015182169084015260c08083015182169084015260e09182015116910152565b5f5f8284036080811215614acb575f5ffd5b6060811215614ad8575f5ffd5b50614ae1613ee3565b8351614aec8161359c565b81526020840151614afc8161359c565b60208201526040840151614b0f8161359c565b604082015260608401519092506001600160401b03811115614b2f575f5ffd5b614b3b85828601614144565b9150509250929050565b5f82601f830112614b54575f5ffd5b8135614b62614060826141cf565b818152846020838601011115614b76575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f82601f830112614ba1575f5ffd5b8135614baf61406082614021565b8082825260208201915060208360061b860101925085831115614bd0575f5ffd5b602085015b838110156140a35760408188031215614bec575f5ffd5b614bf4613f0b565b81358152602080830135818301529084529290920191604001614bd5565b5f60408284031215614c22575f5ffd5b614c2a613f0b565b905081356001600160401b03811115614c41575f5ffd5b614c4d84828501614b45565b82525060209182013591810191909152919050565b5f60c08236031215614c72575f5ffd5b614c7a613f72565b823581526020808401359082015260408301356001600160401b03811115614ca0575f5ffd5b614cac36828601614b45565b60408301525060608301356001600160401b03811115614cca575f5ffd5b614cd636828601614b45565b60608301525060808301356001600160401b03811115614cf4575f5ffd5b614d0036828601614b92565b60808301525060a08301356001600160401b03811115614d1e575f5ffd5b614d2a36828601614c12565b60a08301525092915050565b80518252602081015160208301525f604082015160c06040850152614d5e60c0850182613620565b905060608301518482036060860152614d778282613620565b91505060808301518482036080860152614d918282613b57565b91505060a083015184820360a0860152610a8c8282613b93565b602081525f82516101606020840152614dc8610180840182614d36565b9050602084015160408401526040840151614deb606085018263ffffffff169052565b5060608401516001600160a01b038116608085015250608084015180516001600160a01b0390811660a08601526020820151811660c086015260408201511660e08501525060a08401516001600160a01b0381166101008501525060c084015161012084015260e0840151838203601f1901610140850152614e6d8282614821565b91505061010084015161184461016085018263ffffffff169052565b5f60208284031215614e99575f5ffd5b8135610724816137df565b60018060a01b038616815284602082015260a060408201525f614eca60a0830186613620565b606083019490945250608001529392505050565b5f60208284031215614eee575f5ffd5b5051919050565b5f60208284031215614f05575f5ffd5b61072482614710565b610120808252863590820152602086013561014082015260408601356101608201525f614f3d606088016137f0565b63ffffffff16610180830152614f55608088016135b0565b6001600160a01b03166101a0830152614f7060a088016135b0565b6001600160a01b03166101c0830152614f8b60c088016135b0565b6001600160a01b03166101e0830152614fa660e088016135b0565b6001600160a01b0316610200830152614fc3610100880188613ce6565b6101a0610220850152614fdb6102c085018284613d2e565b915050614fec610120890189613ce6565b84830361011f1901610240860152615005838284613d2e565b92505050615017610140890189613d56565b84830361011f19016102608601526150308382846144dd565b92505050615042610160890189613d56565b84830361011f190161028086015261505b838284613d9a565b9250505061506d610180890189613dcf565b83820361011f19016102a08501526150858282613dec565b9150508660208401526150a360408401876001600160a01b03169052565b82810360608401526150b5818661488e565b84516001600160a01b039081166080868101919091526020870151821660a08701526040870151821660c08701526060870151821660e08701528601511661010085015291506111c89050565b5f82601f830112615111575f5ffd5b610724838351602085016141f5565b5f60e08284031215615130575f5ffd5b615138613f50565b82518152905061514a60208301614000565b60208201526040828101519082015260608201516001600160401b03811115615171575f5ffd5b61517d84828501615102565b6060830152506080828101519082015260a0808301519082015260c09182015191810191909152919050565b5f5f5f8385036101008112156151bd575f5ffd5b60c08112156151ca575f5ffd5b506151d3613f72565b84516151de8161359c565b815260208501516151ee8161359c565b602082015260408501516152018161359c565b604082015260608501516152148161359c565b606082015260808501516152278161359c565b608082015260a085015161523a8161359c565b60a082015260c08501519093506001600160401b0381111561525a575f5ffd5b61526686828701614144565b92505060e08401516001600160401b03811115615281575f5ffd5b61356286828701615120565b5f82601f83011261529c575f5ffd5b81356152aa61406082614021565b8082825260208201915060208360061b8601019250858311156152cb575f5ffd5b602085015b838110156140a357604081880312156152e7575f5ffd5b6152ef613f0b565b8135815260208201356153018161359c565b60208281019190915290845292909201916040016152d0565b5f6101a0823603121561532b575f5ffd5b615333613f94565b823581526020808401359082015260408084013590820152615357606084016137f0565b6060820152615368608084016135b0565b608082015261537960a084016135b0565b60a082015261538a60c084016135b0565b60c082015261539b60e084016135b0565b60e08201526101008301356001600160401b038111156153b9575f5ffd5b6153c536828601614b45565b610100830152506101208301356001600160401b038111156153e5575f5ffd5b6153f136828601614b45565b610120830152506101408301356001600160401b03811115615411575f5ffd5b61541d3682860161528d565b610140830152506101608301356001600160401b0381111561543d575f5ffd5b61544936828601614b92565b610160830152506101808301356001600160401b03811115615469575f5ffd5b61547536828601614c12565b6101808301525092915050565b8051825260208101516020830152604081015160408301525f60608201516154b2606085018263ffffffff169052565b5060808201516154cd60808501826001600160a01b03169052565b5060a08201516154e860a08501826001600160a01b03169052565b5060c082015161550360c08501826001600160a01b03169052565b5060e082015161551e60e08501826001600160a01b03169052565b506101008201516101a061010085015261553c6101a0850182613620565b90506101208301518482036101208601526155578282613620565b9150506101408301518482036101408601526155738282613aff565b91505061016083015184820361016086015261558f8282613b57565b915050610180830151848203610180860152610a8c8282613b93565b602081525f82516101c060208401526155c86101e0840182615482565b90506020840151604084015260408401516155e66060850182613a16565b5060608401516001600160a01b0316610120840152608084015161014084015260a0840151838203601f19016101608501526156228282614821565b91505060c084015161563d61018085018263ffffffff169052565b5060e08401516101a0840152610100909301516101c0909201919091525090565b5f6020828403121561566e575f5ffd5b61072482613ff2565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f600182016156b0576156b061568b565b5060010190565b600181811c908216806156cb57607f821691505b6020821081036134eb57634e487b7160e01b5f52602260045260245ffd5b828152604060208201525f610db36040830184613620565b5f82518060208501845e5f920191825250919050565b818103818111156106bc576106bc61568b565b634e487b7160e01b5f52603160045260245ffdfec879325803e3bffefede731d4ac4d9d80ed4879e9766730a29e9f0078a309090";

/** Byte offsets in the creation bytecode where each library's 20-byte address must be written. */
export const haloFactoryLinkReferences: Readonly<Record<string, readonly number[]>> = {"ClassDeployer":[10038],"LctsUnitDeployer":[8009]};
