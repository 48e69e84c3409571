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
export const haloFactoryBytecode: `0x${string}` = "0x610200604052348015610010575f5ffd5b50604051615e9f380380615e9f83398101604081905261002f91610630565b604080518082018252600b81526a48616c6f466163746f727960a81b602080830191909152825180840190935260018352603160f81b9083015290610075826002610385565b61012052610084816003610385565b61014052815160208084019190912060e052815190820120610100524660a05261011060e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05282516001600160a01b03166101615760405163f8b39ded60e01b815260206004820152600860248201526774696d656c6f636b60c01b60448201526064015b60405180910390fd5b60208301516001600160a01b03166101af5760405163f8b39ded60e01b815260206004820152601060248201526f74656d706c617465526567697374727960801b6044820152606401610158565b60408301516001600160a01b03166101f95760405163f8b39ded60e01b815260206004820152600c60248201526b68616c6f526567697374727960a01b6044820152606401610158565b60608301516001600160a01b03166102405760405163f8b39ded60e01b81526020600482015260096024820152686265616d537461746560b81b6044820152606401610158565b60808301516001600160a01b031661028a5760405163f8b39ded60e01b815260206004820152600c60248201526b31b7b73334b3bab930ba37b960a11b6044820152606401610158565b82516001600160a01b03908116610160526020840151811661018052604084015181166101a052606084015181166101c0526080840151166101e05282516102d3905f906103b7565b505f5b8251811015610331576103287f503cf060389b91af8851125bd70ce66d16d12330718b103fc7674ef6d27e70c984838151811061031557610315610702565b60200260200101516103b760201b60201c565b506001016102d6565b505f5b815181101561037c576103737f5ff1fb0ce9089603e6e193667ed17164e0360a6148f4a39fc194055588948a3183838151811061031557610315610702565b50600101610334565b505050506108ac565b5f6020835110156103a057610399836103eb565b90506103b1565b816103ab848261079a565b5060ff90505b92915050565b5f806103c38484610428565b905080156103e4575f8481526001602052604090206103e290846104cf565b505b9392505050565b5f5f829050601f81511115610415578260405163305a27a960e01b81526004016101589190610854565b805161042082610889565b179392505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166104c8575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556104803390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016103b1565b505f6103b1565b5f6103e4836001600160a01b0384165f8181526001830160205260408120546104c857508154600181810184555f8481526020808220909301849055845484825282860190935260409020919091556103b1565b634e487b7160e01b5f52604160045260245ffd5b60405160a081016001600160401b038111828210171561055957610559610523565b60405290565b604051601f8201601f191681016001600160401b038111828210171561058757610587610523565b604052919050565b80516001600160a01b03811681146105a5575f5ffd5b919050565b5f82601f8301126105b9575f5ffd5b81516001600160401b038111156105d2576105d2610523565b8060051b6105e26020820161055f565b918252602081850181019290810190868411156105fd575f5ffd5b6020860192505b83831015610626576106158361058f565b825260209283019290910190610604565b9695505050505050565b5f5f5f83850360e0811215610643575f5ffd5b60a0811215610650575f5ffd5b50610659610537565b6106628561058f565b81526106706020860161058f565b60208201526106816040860161058f565b60408201526106926060860161058f565b60608201526106a36080860161058f565b608082015260a08501519093506001600160401b038111156106c3575f5ffd5b6106cf868287016105aa565b60c086015190935090506001600160401b038111156106ec575f5ffd5b6106f8868287016105aa565b9150509250925092565b634e487b7160e01b5f52603260045260245ffd5b600181811c9082168061072a57607f821691505b60208210810361074857634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561079557805f5260205f20601f840160051c810160208510156107735750805b601f840160051c820191505b81811015610792575f815560010161077f565b50505b505050565b81516001600160401b038111156107b3576107b3610523565b6107c7816107c18454610716565b8461074e565b6020601f8211600181146107f9575f83156107e25750848201515b5f19600385901b1c1916600184901b178455610792565b5f84815260208120601f198516915b828110156108285787850151825560209485019460019092019101610808565b508482101561084557868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610748575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e05161550061099f5f395f81816102d20152611f2a01525f818161036001528181610d0101528181611420015281816115be0152611efb01525f81816103a20152818161090901528181611383015281816115ed01528181611c480152611ecc01525f81816105370152818161185101528181611e9d015261232901525f818161063d01528181610ce0015281816115310152611e6e01525f61199a01525f61196801525f612e9c01525f612e7401525f612dcf01525f612df901525f612e2301526155005ff3fe608060405234801561000f575f5ffd5b5060043610610229575f3560e01c8063810edb301161012a578063b70e36f0116100b4578063cab7e8eb11610079578063cab7e8eb14610600578063d33219b414610638578063d547741f1461065f578063da4c610a14610672578063f3ca4a4914610685575f5ffd5b8063b70e36f014610580578063bb8fe5aa14610593578063c1b8411a146105a6578063c5183be4146105cd578063ca15c873146105ed575f5ffd5b806391d14854116100fa57806391d14854146104f85780639938a7771461050b578063a0af81f014610532578063a217fddf14610559578063a3246ad314610560575f5ffd5b8063810edb30146104a457806384b0196e146104b75780638ed4904e146104d25780639010d07c146104e5575f5ffd5b80634519cd57116101b65780636a80ff111161017b5780636a80ff111461041e5780636a870679146104315780636f403a301461046b57806376085fc11461047e5780637d79212014610491575f5ffd5b80634519cd571461038257806346e082291461039d5780635dd8a33e146103c457806363879259146103eb57806369774d0c1461040b575f5ffd5b80632b507df8116101fc5780632b507df8146102cd5780632f2ff15d1461030c57806336568abe146103215780633d111c7e146103345780633efa892b1461035b575f5ffd5b806301ffc9a71461022d5780630555c8f2146102555780631915c6cb14610275578063248a9ca3146102ab575b5f5ffd5b61024061023b36600461349e565b610698565b60405190151581526020015b60405180910390f35b6102686102633660046134eb565b6106c2565b60405161024c9190613556565b61029d6102833660046135aa565b6001600160a01b03165f9081526005602052604090205490565b60405190815260200161024c565b61029d6102b93660046135c5565b5f9081526020819052604090206001015490565b6102f47f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161024c565b61031f61031a3660046135dc565b61072b565b005b61031f61032f3660046135dc565b610755565b61029d7f5ff1fb0ce9089603e6e193667ed17164e0360a6148f4a39fc194055588948a3181565b6102f47f000000000000000000000000000000000000000000000000000000000000000081565b61038a600181565b60405161ffff909116815260200161024c565b6102f47f000000000000000000000000000000000000000000000000000000000000000081565b61029d7f07bea57ff3b203fcc37f956f2e5ca5ae05691b9ae05bbd73a084b9f5d0dd1dcc81565b6103fe6103f93660046135c5565b61078d565b60405161024c9190613638565b61031f6104193660046136a4565b6107f3565b61026861042c3660046136e8565b6109ec565b61029d61043f366004613729565b604080516020808201949094528082019290925280518083038201815260609092019052805191012090565b61029d610479366004613749565b610a50565b61029d61048c36600461377a565b610a7f565b61026861049f3660046137e5565b610a95565b61029d6104b2366004613848565b610b87565b6104bf610b99565b60405161024c9796959493929190613879565b61029d6104e036600461390f565b610bdb565b6102f46104f3366004613729565b610be8565b6102406105063660046135dc565b610bff565b61029d7fd86421f9879c6dced33ff4ff236f4dd776eec30ddb86948a1564d6ccd6a3f1b981565b6102f47f000000000000000000000000000000000000000000000000000000000000000081565b61029d5f81565b61057361056e3660046135c5565b610c27565b60405161024c9190613943565b61031f61058e3660046135c5565b610c40565b6103fe6105a136600461398e565b610cd3565b61029d7f503cf060389b91af8851125bd70ce66d16d12330718b103fc7674ef6d27e70c981565b6105e06105db3660046139cd565b610d30565b60405161024c9190613a4b565b61029d6105fb3660046135c5565b610d6f565b61024061060e366004613a59565b6001600160a01b03919091165f908152600660209081526040808320938352929052205460ff1690565b6102f47f000000000000000000000000000000000000000000000000000000000000000081565b61031f61066d3660046135dc565b610d85565b6105e0610680366004613a83565b610da9565b6105e06106933660046137e5565b610dee565b5f6001600160e01b03198216635a05180f60e01b14806106bc57506106bc82610f41565b92915050565b604080516060810182525f80825260208201819052918101919091526106e6610f75565b610703826106fe868686602001358760400135610fe4565b6110bc565b61071a848461071560208601866135aa565b611252565b905061072461174e565b9392505050565b5f8281526020819052604090206001015461074581611778565b61074f8383611785565b50505050565b6001600160a01b038116331461077e5760405163334bd91960e11b815260040160405180910390fd5b61078882826117b8565b505050565b610795613357565b5f82815260046020526040902080546107c9576040516389b85a0d60e01b8152600481018490526024015b60405180910390fd5b600281015460058201546107249185916001600160a01b0364010000000090920482169116610cd3565b6107fb610f75565b335f90815260056020908152604091829020825160608101845281548082526001909201546001600160a01b03811693820193909352600160a01b90920463ffffffff169282019290925290610866576040516315162af360e31b81523360048201526024016107c0565b80516040805160208082019390935280820189905281518082038301815260609091019091528051910120610899613397565b81815282516020808301919091526040805160c08082018352838701516001600160a01b0390811683529382018c90528a841682840152606082018a90526080820189905260a082018890528401528085015161010084015163ffffffff909116905251631ddaedff60e31b81527f00000000000000000000000000000000000000000000000000000000000000009091169063eed76ff890610940908490600401613b5d565b5f604051808303815f87803b158015610957575f5ffd5b505af1158015610969573d5f5f3e3d5ffd5b50508451602080870151604080516001600160a01b0392831681529283018e9052908c1682820152606082018b9052608082018a905260a08201899052519193508592506001917f9da80c91624d23ee153965e5b8ea5b6a0c37218066e7854b3415908a0cde79b79181900360c00190a45050506109e561174e565b5050505050565b604080516060810182525f8082526020820181905291810191909152610a10610f75565b7f503cf060389b91af8851125bd70ce66d16d12330718b103fc7674ef6d27e70c9610a3a81611778565b610a45848433611252565b9150506106bc61174e565b5f81604051602001610a629190613da8565b604051602081830303815290604052805190602001209050919050565b5f610a8c85858585610fe4565b95945050505050565b604080516060810182525f8082526020820181905291810182905290610abd878760016117e3565b90505f5160206154e05f395f51905f52816020015114610af8578060200151604051630918b2ef60e11b81526004016107c091815260200190565b6060810151610b1b816d2430b637a9b430b932aa37b5b2b760911b888888611907565b6001600160a01b03168352610b44816d537562736372696265517565756560901b888888611907565b6001600160a01b03166020840152610b6d816a52656465656d517565756560a81b888888611907565b6001600160a01b0316604084015250909695505050505050565b5f81604051602001610a629190613eb2565b5f6060805f5f5f6060610baa611961565b610bb2611993565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f610a8c858585856119c0565b5f8281526001602052604081206107249083611a43565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f8181526001602052604090206060906106bc90611a4e565b335f90815260066020908152604080832084845290915290205460ff1615610c8457604051637ee434fd60e01b8152336004820152602481018290526044016107c0565b335f818152600660209081526040808320858452909152808220805460ff19166001179055518392917f1800cd2301fbc20790ed94f3d55a28ef2306a9c31cd3c72b5b71b6e4cf5c624191a350565b610cdb613357565b610d287f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000868686611a5a565b949350505050565b610d3861346a565b610d40610f75565b610d58826106fe8686866020013587604001356119c0565b61071a8484610d6a60208601866135aa565b611c07565b5f8181526001602052604081206106bc9061206e565b5f82815260208190526040902060010154610d9f81611778565b61074f83836117b8565b610db161346a565b610db9610f75565b7f503cf060389b91af8851125bd70ce66d16d12330718b103fc7674ef6d27e70c9610de381611778565b610a45848433611c07565b610df661346a565b5f610e0287875f6117e3565b9050610e118160200151612077565b6060810151610e2e8167414c4d50726f787960c01b888888611907565b6001600160a01b03168352610e538169526174654c696d69747360b01b888888611907565b6001600160a01b03166020840152610e7f816d2430b637a1b7b73a3937b63632b960911b888888611907565b6001600160a01b0316604084015260208201517f28be13efe402cf9ccd7d2906325e8ec00518dd0d163f30cd2f30f03d939e419c01610f3657610ed4816b4e666174466163696c69747960a01b888888611907565b6001600160a01b03166060840152610eff816c273330ba2232b0b62a37b5b2b760991b888888611907565b6001600160a01b03166080840152610f2781694e66617452656465656d60b01b888888611907565b6001600160a01b031660a08401525b505095945050505050565b5f6001600160e01b03198216637965db0b60e01b14806106bc57506301ffc9a760e01b6001600160e01b03198316146106bc565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610fb557604051633ee5aeb560e01b815260040160405180910390fd5b610fe260017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906120d5565b565b6020808501355f908152600490915260408120805461101c576040516389b85a0d60e01b8152602087013560048201526024016107c0565b600181015460028201546110b2917f07bea57ff3b203fcc37f956f2e5ca5ae05691b9ae05bbd73a084b9f5d0dd1dcc9163ffffffff1661105b8a610a50565b60408051602081019590955284019290925263ffffffff166060830152608082015260a0810187905260c0810186905260e08101859052610100015b604051602081830303815290604052805190602001206120dc565b9695505050505050565b5f6110ca60208401846135aa565b905082602001354211156110fd576040516348e396ff60e11b8152602084013560048201524260248201526044016107c0565b6111277f5ff1fb0ce9089603e6e193667ed17164e0360a6148f4a39fc194055588948a3182610bff565b61114f5760405163cbddbfe560e01b81526001600160a01b03821660048201526024016107c0565b6001600160a01b0381165f90815260066020908152604080832086820135845290915290205460ff16156111ab5760408051637ee434fd60e01b81526001600160a01b03831660048201529084013560248201526044016107c0565b6111f681836111bd6060870187614040565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061210892505050565b61121e57604051630b5dfa5760e31b81526001600160a01b03821660048201526024016107c0565b6001600160a01b03165f90815260066020908152604080832094810135835293905291909120805460ff1916600117905550565b604080516060810182525f808252602082018190529181019190915283358061128e576040516327230bcb60e11b815260040160405180910390fd5b6020858101355f9081526004808352604091829020825160e0810184528154808252600183015495820195909552600282015463ffffffff8116948201949094526401000000009093046001600160a01b03908116606085015260038201548116608085015291810154821660a0840152600501541660c08201529061132d576040516389b85a0d60e01b8152602087013560048201526024016107c0565b80515f5160206154e05f395f51905f521461137e578051604051631b01c01760e01b8152602088013560048201525f5160206154e05f395f51905f52602482015260448101919091526064016107c0565b6113a87f000000000000000000000000000000000000000000000000000000000000000083612178565b156113c95760405163a63fbeb760e01b8152600481018390526024016107c0565b5f6113de8260200151836040015160016122bb565b90506113fa6113f06080890189614082565b83608001516124a4565b6060820151604051630849f3e760e21b81526001600160a01b0391821660048201525f917f00000000000000000000000000000000000000000000000000000000000000001690632127cf9c90602401608060405180830381865afa158015611465573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061148991906141c2565b905080604001516114be576060830151604051639550324360e01b81526001600160a01b0390911660048201526024016107c0565b606073__$eeee79e59d8dc6341e10b45c7a031f2734$__634b238fb58a8a8a876116208a8960408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101919091526040518061010001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020018460a001516001600160a01b0316815260200184608001516001600160a01b0316815260200184606001516001600160a01b03168152602001835f01516001600160a01b0316815260200183602001516001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316815250905092915050565b6040518663ffffffff1660e01b81526004016116409594939291906143b1565b5f60405180830381865af415801561165a573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261168191908101906145c3565b8092508197505050886020013585600161ffff167fd5ddd96e694ef60ba2f0c34e5d7160e53c65c57cd2f353b7e1e842e336263cd26040518061012001604052808e6116cc90614792565b815260200189602001518152602001896040015163ffffffff16815260200189606001516001600160a01b031681526020018b81526020018c6001600160a01b031681526020018d81526020018681526020018860c0015163ffffffff1681525060405161173a9190614917565b60405180910390a450505050509392505050565b610fe25f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00610fdc565b61178281336126b2565b50565b5f5f61179184846126ef565b90508015610724575f8481526001602052604090206117b0908461277e565b509392505050565b5f5f6117c48484612792565b90508015610724575f8481526001602052604090206117b090846127fb565b6118276040805160e08101909152805f81526020015f8152602001606081526020016060815260200160608152602001606081526020015f63ffffffff1681525090565b604051636a8dabd360e01b81526004810185905263ffffffff8416602482015282151560448201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636a8dabd3906064015f60405180830381865afa15801561189d573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526118c49190810190614b00565b90505f815160048111156118da576118da613ab5565b036107245760405163064bd7c360e31b81526004810185905263ffffffff841660248201526044016107c0565b5f6110b2611915878761280f565b602090810151604080518084018990528082018890526001600160a01b038716606082015260808082018b90528251808303909101815260a090910190915280519201919091206128ae565b606061198e7f00000000000000000000000000000000000000000000000000000000000000006002612916565b905090565b606061198e7f00000000000000000000000000000000000000000000000000000000000000006003612916565b5f610a8c7fd86421f9879c6dced33ff4ff236f4dd776eec30ddb86948a1564d6ccd6a3f1b960408701356119fa6080890160608a01614c14565b611a0389610b87565b60408051602081019590955284019290925263ffffffff166060830152608082015260a0810186905260c0810185905260e0810184905261010001611097565b5f61072483836129bf565b60605f610724836129e5565b611a62613357565b6001600160a01b0385811660208301526040518482166024820152908316604482015260640160408051601f19818403018152918152602080830180516001600160e01b03166305b0b97160e51b179052606084019290925251611af3917f7c07cfd256da40cfb02ad6fb86ea1725902e08a1f904334dd2ff385c15a6456791879101918252602082015260400190565b60408051601f19818403018152918152815160209283012060a084018190529183015160608401519151638065657f60e01b815289936001600160a01b03851693638065657f93611b4e9390925f9291839190600401614c2f565b602060405180830381865afa158015611b69573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b8d9190614c69565b80835260405163d45c443560e01b815260048101919091526001600160a01b0382169063d45c443590602401602060405180830381865afa158015611bd4573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611bf89190614c69565b60c08301525095945050505050565b611c0f61346a565b833580611c2f576040516327230bcb60e11b815260040160405180910390fd5b6040516352dc92e960e11b8152602086013560048201527f0000000000000000000000000000000000000000000000000000000000000000906001600160a01b0382169063a5b925d290602401602060405180830381865afa158015611c97573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611cbb9190614c80565b611cde5760405163236d13db60e01b8152602087013560048201526024016107c0565b611ce88183612178565b15611d0957604051630e6625ff60e11b8152600481018390526024016107c0565b5f611d1b610100880160e089016135aa565b6001600160a01b031603611d615760405163f8b39ded60e01b815260206004820152600c60248201526b19195c1bdcda5d105cdcd95d60a21b60448201526064016107c0565b5f611d7260e0880160c089016135aa565b6001600160a01b031603611db25760405163f8b39ded60e01b8152602060048201526006602482015265676f764f707360d01b60448201526064016107c0565b5f611dd16040880135611dcb60808a0160608b01614c14565b5f6122bb565b9050611de08160200151612077565b611df16113f0610160890189614082565b611e0c611e02610140890189614082565b8360400151612a3e565b6060611e16613357565b73__$a7949b05448a27b0459aef19b9dedb1b81$__6333b58c8a8a8a8a87611f5a6040805160a0810182525f808252602082018190529181018290526060810182905260808101919091526040518060a001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316815250905090565b6040518663ffffffff1660e01b8152600401611f7a959493929190614c99565b5f60405180830381865af4158015611f94573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052611fbb9190810190614f63565b91975092509050611fcd898488612bc8565b886020013585600161ffff167f0dc45615c5136163273f149e6f5f72fd5876c8ecdcf2740c82410786c5bfbbe06040518061012001604052808e612010906150d4565b8152602001886020015181526020018b81526020018c6001600160a01b031681526020018d81526020018781526020018860c0015163ffffffff168152602001865f015181526020018660c0015181525060405161173a9190615365565b5f6106bc825490565b5f5160206154e05f395f51905f5281141580156120b457507fd741ec101bfd30633282d6f9cda1713ffae722f2e9c0cf32d0cf0fc26c61be648114155b1561178257604051630918b2ef60e11b8152600481018290526024016107c0565b80825d5050565b5f6106bc6120e8612dc3565b8360405161190160f01b8152600281019290925260228201526042902090565b5f836001600160a01b03163b5f03612166575f5f6121268585612eec565b5090925090505f81600381111561213f5761213f613ab5565b14801561215d5750856001600160a01b0316826001600160a01b0316145b92505050610724565b612171848484612f35565b9050610724565b604051636caa470760e01b8152600481018290525f906001600160a01b03841690636caa470790602401602060405180830381865afa1580156121bd573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906121e19190614c80565b8061224e575060405163b0db18ad60e01b8152600481018390526001600160a01b0384169063b0db18ad90602401602060405180830381865afa15801561222a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061224e9190614c80565b8061072457506040516352dc92e960e11b8152600481018390526001600160a01b0384169063a5b925d290602401602060405180830381865afa158015612297573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107249190614c80565b6122ff6040805160e08101909152805f81526020015f8152602001606081526020016060815260200160608152602001606081526020015f63ffffffff1681525090565b604051636a8dabd360e01b81526004810185905263ffffffff8416602482015282151560448201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636a8dabd3906064015f60405180830381865afa158015612375573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261239c9190810190614b00565b80519091505f8160048111156123b4576123b4613ab5565b036123e15760405163064bd7c360e31b81526004810186905263ffffffff851660248201526044016107c0565b60018160048111156123f5576123f5613ab5565b036124225760405163769c4d7f60e11b81526004810186905263ffffffff851660248201526044016107c0565b600381600481111561243657612436613ab5565b0361246357604051638ebe9b4760e01b81526004810186905263ffffffff851660248201526044016107c0565b600481600481111561247757612477613ab5565b036117b057604051637464ae6760e01b81526004810186905263ffffffff851660248201526044016107c0565b5f5b8281101561266e575f8484838181106124c1576124c1615418565b604002919091013591505f90505b8281101561251c57818686838181106124ea576124ea615418565b9050604002015f01350361251457604051632e79e8bb60e21b8152600481018390526024016107c0565b6001016124cf565b505f5b83518110801561254b57508184828151811061253d5761253d615418565b60200260200101515f015114155b156125605761255981615440565b905061251f565b83518103612584576040516339414d1160e11b8152600481018390526024016107c0565b5f86868581811061259757612597615418565b9050604002016020013590508482815181106125b5576125b5615418565b6020026020010151602001518110806125ea57508482815181106125db576125db615418565b60200260200101516040015181115b1561266057828186848151811061260357612603615418565b60200260200101516020015187858151811061262157612621615418565b6020026020010151604001516040516344bc48a960e01b81526004016107c0949392919093845260208401929092526040830152606082015260800190565b5050508060010190506124a6565b5080518214610788575f5b815181101561074f576126a9848484848151811061269957612699615418565b60200260200101515f015161300b565b50600101612679565b6126bc8282610bff565b6126eb5760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016107c0565b5050565b5f6126fa8383610bff565b612777575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561272f3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016106bc565b505f6106bc565b5f610724836001600160a01b038416613080565b5f61279d8383610bff565b15612777575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016106bc565b5f610724836001600160a01b0384166130c5565b61283960405180606001604052805f81526020015f6001600160a01b031681526020015f81525090565b5f5b8351811015612891578284828151811061285757612857615418565b60200260200101515f0151036128895783818151811061287957612879615418565b60200260200101519150506106bc565b60010161283b565b5060405163a417080f60e01b8152600481018390526024016107c0565b6040513060388201526f5af43d82803e903d91602b57fd5bf3ff602482015260148101839052733d602d80600a3d3981f3363d3d373d3d3d363d738152605881018290526037600c820120607882015260556043909101205f906001600160a01b0316610724565b606060ff831461293057612929836131a8565b90506106bc565b81805461293c90615458565b80601f016020809104026020016040519081016040528092919081815260200182805461296890615458565b80156129b35780601f1061298a576101008083540402835291602001916129b3565b820191905f5260205f20905b81548152906001019060200180831161299657829003601f168201915b505050505090506106bc565b5f825f0182815481106129d4576129d4615418565b905f5260205f200154905092915050565b6060815f01805480602002602001604051908101604052809291908181526020018280548015612a3257602002820191905f5260205f20905b815481526020019060010190808311612a1e575b50505050509050919050565b5f5b82811015612b87575f848483818110612a5b57612a5b615418565b604002919091013591505f90505b82811015612ab65781868683818110612a8457612a84615418565b9050604002015f013503612aae5760405163efe24bc760e01b8152600481018390526024016107c0565b600101612a69565b505f805b8451811015612af05782858281518110612ad657612ad6615418565b602002602001015103612ae857600191505b600101612aba565b5080612b1257604051638a3de8d760e01b8152600481018390526024016107c0565b5f868685818110612b2557612b25615418565b9050604002016020016020810190612b3d91906135aa565b6001600160a01b031603612b7d5760405163f8b39ded60e01b81526020600482015260066024820152653132b0b1b7b760d11b60448201526064016107c0565b5050600101612a40565b5080518214610788575f5b815181101561074f57612bbf8484848481518110612bb257612bb2615418565b60200260200101516131e5565b50600101612b92565b602080830180516040805160e0810182529251835286810135938301939093525f5160206154e05f395f51905f5214918101612c0a6080870160608801614c14565b63ffffffff16815283516001600160a01b03166020820152604001612c36610100870160e088016135aa565b6001600160a01b0316815260200182612c4f575f612c72565b612c72612c60610140880188614082565b686c7068612d6c63747360b81b6131e5565b6001600160a01b03168152602001612c9060e0870160c088016135aa565b6001600160a01b0390811690915285355f908152600460208181526040928390208551815590850151600182015591840151600283018054606087015163ffffffff9093166001600160c01b0319909116176401000000009286169290920291909117905560808401516003830180546001600160a01b031990811692861692909217905560a0850151918301805482169285169290921790915560c0909301516005909101805490931691161790558061074f5760408051606080820183528635825260808501516001600160a01b03908116602080850191825260c089015163ffffffff9081168688019081529489015184165f90815260059092529590209351845551600190930180549251909416600160a01b026001600160c01b031990921692169190911717905550505050565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015612e1b57507f000000000000000000000000000000000000000000000000000000000000000046145b15612e4557507f000000000000000000000000000000000000000000000000000000000000000090565b61198e604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f5f8351604103612f23576020840151604085015160608601515f1a612f1588828585613268565b955095509550505050612f2e565b505081515f91506002905b9250925092565b5f5f5f856001600160a01b03168585604051602401612f5592919061548a565b60408051601f198184030181529181526020820180516001600160e01b0316630b135d3f60e11b17905251612f8a91906154a2565b5f60405180830381855afa9150503d805f8114612fc2576040519150601f19603f3d011682016040523d82523d5f602084013e612fc7565b606091505b5091509150818015612fdb57506020815110155b80156110b257508051630b135d3f60e11b906130009083016020908101908401614c69565b149695505050505050565b5f805b83811015613063578285858381811061302957613029615418565b9050604002015f01350361305b5784848281811061304957613049615418565b90506040020160200135915050610724565b60010161300e565b5060405163e07fb14960e01b8152600481018390526024016107c0565b5f81815260018301602052604081205461277757508154600181810184555f8481526020808220909301849055845484825282860190935260409020919091556106bc565b5f818152600183016020526040812054801561319f575f6130e76001836154b8565b85549091505f906130fa906001906154b8565b9050808214613159575f865f01828154811061311857613118615418565b905f5260205f200154905080875f01848154811061313857613138615418565b5f918252602080832090910192909255918252600188019052604090208390555b855486908061316a5761316a6154cb565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f9055600193505050506106bc565b5f9150506106bc565b60605f6131b483613330565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f805b8381101561324b578285858381811061320357613203615418565b9050604002015f0135036132435784848281811061322357613223615418565b905060400201602001602081019061323b91906135aa565b915050610724565b6001016131e8565b5060405163074f0b8160e11b8152600481018390526024016107c0565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156132a157505f91506003905082613326565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156132f2573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661331d57505f925060019150829050613326565b92505f91508190505b9450945094915050565b5f60ff8216601f8111156106bc57604051632cd44ac360e21b815260040160405180910390fd5b6040518060e001604052805f81526020015f6001600160a01b031681526020015f8152602001606081526020015f81526020015f81526020015f81525090565b6040518061012001604052805f81526020015f81526020015f60028111156133c1576133c1613ab5565b81526020015f6001600160401b031681526020015f8152602001606081526020016134276040518060c001604052805f6001600160a01b031681526020015f81526020015f6001600160a01b031681526020015f81526020015f81526020015f81525090565b81526020016134486040518060400160405280606081526020015f81525090565b8152604080516060810182525f80825260208281018290529282015291015290565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a081019190915290565b5f602082840312156134ae575f5ffd5b81356001600160e01b031981168114610724575f5ffd5b5f60c082840312156134d5575f5ffd5b50919050565b5f608082840312156134d5575f5ffd5b5f5f5f606084860312156134fd575f5ffd5b83356001600160401b03811115613512575f5ffd5b61351e868287016134c5565b9350506020840135915060408401356001600160401b03811115613540575f5ffd5b61354c868287016134db565b9150509250925092565b606081016106bc828480516001600160a01b03908116835260208083015182169084015260409182015116910152565b6001600160a01b0381168114611782575f5ffd5b80356135a581613586565b919050565b5f602082840312156135ba575f5ffd5b813561072481613586565b5f602082840312156135d5575f5ffd5b5035919050565b5f5f604083850312156135ed575f5ffd5b8235915060208301356135ff81613586565b809150509250929050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081528151602082015260018060a01b036020830151166040820152604082015160608201525f606083015160e0608084015261367a61010084018261360a565b9050608084015160a084015260a084015160c084015260c084015160e08401528091505092915050565b5f5f5f5f5f60a086880312156136b8575f5ffd5b8535945060208601356136ca81613586565b94979496505050506040830135926060810135926080909101359150565b5f5f604083850312156136f9575f5ffd5b82356001600160401b0381111561370e575f5ffd5b61371a858286016134c5565b95602094909401359450505050565b5f5f6040838503121561373a575f5ffd5b50508035926020909101359150565b5f60208284031215613759575f5ffd5b81356001600160401b0381111561376e575f5ffd5b610d28848285016134c5565b5f5f5f5f6080858703121561378d575f5ffd5b84356001600160401b038111156137a2575f5ffd5b6137ae878288016134c5565b97602087013597506040870135966060013595509350505050565b63ffffffff81168114611782575f5ffd5b80356135a5816137c9565b5f5f5f5f5f60a086880312156137f9575f5ffd5b85359450602086013561380b816137c9565b93506040860135925060608601359150608086013561382981613586565b809150509295509295909350565b5f6101a082840312156134d5575f5ffd5b5f60208284031215613858575f5ffd5b81356001600160401b0381111561386d575f5ffd5b610d2884828501613837565b60ff60f81b8816815260e060208201525f61389760e083018961360a565b82810360408401526138a9818961360a565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156138fe5783518352602093840193909201916001016138e0565b50909b9a5050505050505050505050565b5f5f5f5f60808587031215613922575f5ffd5b84356001600160401b03811115613937575f5ffd5b6137ae87828801613837565b602080825282518282018190525f918401906040840190835b818110156139835783516001600160a01b031683526020938401939092019160010161395c565b509095945050505050565b5f5f5f606084860312156139a0575f5ffd5b8335925060208401356139b281613586565b915060408401356139c281613586565b809150509250925092565b5f5f5f606084860312156139df575f5ffd5b83356001600160401b038111156139f4575f5ffd5b61351e86828701613837565b80516001600160a01b03908116835260208083015182169084015260408083015182169084015260608083015182169084015260808083015182169084015260a09182015116910152565b60c081016106bc8284613a00565b5f5f60408385031215613a6a575f5ffd5b8235613a7581613586565b946020939093013593505050565b5f5f60408385031215613a94575f5ffd5b82356001600160401b03811115613aa9575f5ffd5b61371a85828601613837565b634e487b7160e01b5f52602160045260245ffd5b60038110613ad957613ad9613ab5565b9052565b5f8151808452602084019350602083015f5b82811015613b2b57613b15868351805182526020908101516001600160a01b0316910152565b6040959095019460209190910190600101613aef565b5093949350505050565b5f815160408452613b49604085018261360a565b602093840151949093019390935250919050565b6020815281516020820152602082015160408201525f6040830151613b856060840182613ac9565b5060608301516001600160401b038116608084015250608083015160a083015260a083015161020060c0840152613bc0610220840182613add565b60c085015180516001600160a01b0390811660e087015260208201516101008701526040820151166101208601526060810151610140860152608081015161016086015260a08101516101808601529091505060e0840151838203601f19016101a0850152613c2f8282613b35565b610100860151805163ffffffff9081166101c08801526020820151166101e087015260408101516001600160401b031661020087015290925090506117b0565b5f5f8335601e19843603018112613c84575f5ffd5b83016020810192503590506001600160401b03811115613ca2575f5ffd5b803603821315613cb0575f5ffd5b9250929050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b5f5f8335601e19843603018112613cf4575f5ffd5b83016020810192503590506001600160401b03811115613d12575f5ffd5b8060061b3603821315613cb0575f5ffd5b8183526020830192505f815f5b84811015613b2b57813586526020808301359087015260409586019590910190600101613d30565b5f8235603e19833603018112613d6c575f5ffd5b90910192915050565b5f613d808283613c6f565b60408552613d92604086018284613cb7565b6020948501359590940194909452509092915050565b60208082528235828201528201356040808301919091525f90613dcd90840184613c6f565b60c06060850152613de260e085018284613cb7565b915050613df26060850185613c6f565b848303601f19016080860152613e09838284613cb7565b92505050613e1a6080850185613cdf565b848303601f190160a0860152613e31838284613d23565b92505050613e4260a0850185613d58565b838203601f190160c0850152610a8c8282613d75565b803582526020810135613e6a81613586565b6001600160a01b03166020929092019190915250565b8183526020830192505f815f5b84811015613b2b57613e9f8683613e58565b6040958601959190910190600101613e8d565b60208082528235828201528201356040808301919091528201356060808301919091525f90613ee29084016137da565b63ffffffff8116608084015250613efb6080840161359a565b6001600160a01b03811660a084015250613f1760a0840161359a565b6001600160a01b03811660c084015250613f3360c0840161359a565b6001600160a01b03811660e084015250613f4f60e0840161359a565b6001600160a01b03811661010084015250613f6e610100840184613c6f565b6101a0610120850152613f866101c085018284613cb7565b915050613f97610120850185613c6f565b848303601f1901610140860152613faf838284613cb7565b92505050613fc1610140850185613cdf565b848303601f1901610160860152613fd9838284613e80565b92505050613feb610160850185613cdf565b848303601f1901610180860152614003838284613d23565b92505050614015610180850185613d58565b838203601f19016101a0850152610a8c8282613d75565b634e487b7160e01b5f52604160045260245ffd5b5f5f8335601e19843603018112614055575f5ffd5b8301803591506001600160401b0382111561406e575f5ffd5b602001915036819003821315613cb0575f5ffd5b5f5f8335601e19843603018112614097575f5ffd5b8301803591506001600160401b038211156140b0575f5ffd5b6020019150600681901b3603821315613cb0575f5ffd5b604051606081016001600160401b03811182821017156140e9576140e961402c565b60405290565b604080519081016001600160401b03811182821017156140e9576140e961402c565b60405160c081016001600160401b03811182821017156140e9576140e961402c565b60405160e081016001600160401b03811182821017156140e9576140e961402c565b6040516101a081016001600160401b03811182821017156140e9576140e961402c565b604051601f8201601f191681016001600160401b03811182821017156141a0576141a061402c565b604052919050565b80516135a581613586565b805180151581146135a5575f5ffd5b5f60808284031280156141d3575f5ffd5b50604051608081016001600160401b03811182821017156141f6576141f661402c565b604052825161420481613586565b8152602083015161421481613586565b6020820152614225604084016141b3565b6040820152614236606084016141b3565b60608201529392505050565b5f8151808452602084019350602083015f5b82811015613b2b578151865260209586019590910190600101614254565b5f8151808452602084019350602083015f5b82811015613b2b578151805187526020808201516001600160a01b0316818901526040918201519188019190915260609096019590910190600101614284565b5f8151808452602084019350602083015f5b82811015613b2b578151805187526020810151602088015260408101516040880152506060860195506020820191506001810190506142d6565b5f81516005811061432357614323613ab5565b8084525060208201516020840152604082015160e0604085015261434a60e0850182614242565b9050606083015184820360608601526143638282614272565b9150506080830151848203608086015261437d82826142c4565b91505060a083015184820360a086015261439782826142c4565b91505060c08301516117b060c086018263ffffffff169052565b61018080825286359082015260208601356101a08201525f6143d66040880188613c6f565b60c06101c08501526143ed61024085018284613cb7565b9150506143fd6060890189613c6f565b84830361017f19016101e0860152614416838284613cb7565b925050506144276080890189613cdf565b84830361017f1901610200860152614440838284613d23565b9250505061445160a0890189613d58565b83820361017f19016102208501526144698282613d75565b91505086602084015261448760408401876001600160a01b03169052565b82810360608401526144998186614310565b9150506110b2608083018480516001600160a01b03908116835260208083015182169084015260408083015182169084015260608083015182169084015260808083015182169084015260a08083015182169084015260c08083015182169084015260e09182015116910152565b5f6001600160401b0382111561451f5761451f61402c565b5060051b60200190565b5f82601f830112614538575f5ffd5b8151602083015f61455061454b84614507565b614178565b83815260609093028201929050602081018684111561456d575f5ffd5b838310156145b9575f60608489031215614585575f5ffd5b61458d6140c7565b84518152602080860151818301526040808701519083015290835260609094019391909101905061456d565b5095945050505050565b5f5f82840360808112156145d5575f5ffd5b60608112156145e2575f5ffd5b506145eb6140c7565b83516145f681613586565b8152602084015161460681613586565b6020820152604084015161461981613586565b604082015260608401519092506001600160401b03811115614639575f5ffd5b61464585828601614529565b9150509250929050565b5f6001600160401b038211156146675761466761402c565b50601f01601f191660200190565b5f82601f830112614684575f5ffd5b813561469261454b8261464f565b8181528460208386010111156146a6575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f82601f8301126146d1575f5ffd5b81356146df61454b82614507565b8082825260208201915060208360061b860101925085831115614700575f5ffd5b602085015b838110156145b9576040818803121561471c575f5ffd5b6147246140ef565b81358152602080830135818301529084529290920191604001614705565b5f60408284031215614752575f5ffd5b61475a6140ef565b905081356001600160401b03811115614771575f5ffd5b61477d84828501614675565b82525060209182013591810191909152919050565b5f60c082360312156147a2575f5ffd5b6147aa614111565b823581526020808401359082015260408301356001600160401b038111156147d0575f5ffd5b6147dc36828601614675565b60408301525060608301356001600160401b038111156147fa575f5ffd5b61480636828601614675565b60608301525060808301356001600160401b03811115614824575f5ffd5b614830368286016146c2565b60808301525060a08301356001600160401b0381111561484e575f5ffd5b61485a36828601614742565b60a08301525092915050565b5f8151808452602084019350602083015f5b82811015613b2b578151805187526020908101518188015260409096019590910190600101614878565b80518252602081015160208301525f604082015160c060408501526148ca60c085018261360a565b9050606083015184820360608601526148e3828261360a565b915050608083015184820360808601526148fd8282614866565b91505060a083015184820360a0860152610a8c8282613b35565b602081525f825161016060208401526149346101808401826148a2565b9050602084015160408401526040840151614957606085018263ffffffff169052565b5060608401516001600160a01b038116608085015250608084015180516001600160a01b0390811660a08601526020820151811660c086015260408201511660e08501525060a08401516001600160a01b0381166101008501525060c084015161012084015260e0840151838203601f19016101408501526149d982826142c4565b9150506101008401516117b061016085018263ffffffff169052565b8051600581106135a5575f5ffd5b5f82601f830112614a12575f5ffd5b8151614a2061454b82614507565b8082825260208201915060208360051b860101925085831115614a41575f5ffd5b602085015b838110156145b9578051835260209283019201614a46565b5f82601f830112614a6d575f5ffd5b8151614a7b61454b82614507565b80828252602082019150602060608402860101925085831115614a9c575f5ffd5b602085015b838110156145b95760608188031215614ab8575f5ffd5b614ac06140c7565b815181526020820151614ad281613586565b602082810191909152604083810151908301529084529290920191606001614aa1565b80516135a5816137c9565b5f60208284031215614b10575f5ffd5b81516001600160401b03811115614b25575f5ffd5b820160e08185031215614b36575f5ffd5b614b3e614133565b614b47826149f5565b81526020828101519082015260408201516001600160401b03811115614b6b575f5ffd5b614b7786828501614a03565b60408301525060608201516001600160401b03811115614b95575f5ffd5b614ba186828501614a5e565b60608301525060808201516001600160401b03811115614bbf575f5ffd5b614bcb86828501614529565b60808301525060a08201516001600160401b03811115614be9575f5ffd5b614bf586828501614529565b60a083015250614c0760c08301614af5565b60c0820152949350505050565b5f60208284031215614c24575f5ffd5b8135610724816137c9565b60018060a01b038616815284602082015260a060408201525f614c5560a083018661360a565b606083019490945250608001529392505050565b5f60208284031215614c79575f5ffd5b5051919050565b5f60208284031215614c90575f5ffd5b610724826141b3565b610120808252863590820152602086013561014082015260408601356101608201525f614cc8606088016137da565b63ffffffff16610180830152614ce06080880161359a565b6001600160a01b03166101a0830152614cfb60a0880161359a565b6001600160a01b03166101c0830152614d1660c0880161359a565b6001600160a01b03166101e0830152614d3160e0880161359a565b6001600160a01b0316610200830152614d4e610100880188613c6f565b6101a0610220850152614d666102c085018284613cb7565b915050614d77610120890189613c6f565b84830361011f1901610240860152614d90838284613cb7565b92505050614da2610140890189613cdf565b84830361011f1901610260860152614dbb838284613e80565b92505050614dcd610160890189613cdf565b84830361011f1901610280860152614de6838284613d23565b92505050614df8610180890189613d58565b83820361011f19016102a0850152614e108282613d75565b915050866020840152614e2e60408401876001600160a01b03169052565b8281036060840152614e408186614310565b84516001600160a01b039081166080868101919091526020870151821660a08701526040870151821660c08701526060870151821660e08701528601511661010085015291506110b29050565b5f82601f830112614e9c575f5ffd5b8151614eaa61454b8261464f565b818152846020838601011115614ebe575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f60e08284031215614eea575f5ffd5b614ef2614133565b825181529050614f04602083016141a8565b60208201526040828101519082015260608201516001600160401b03811115614f2b575f5ffd5b614f3784828501614e8d565b6060830152506080828101519082015260a0808301519082015260c09182015191810191909152919050565b5f5f5f838503610100811215614f77575f5ffd5b60c0811215614f84575f5ffd5b50614f8d614111565b8451614f9881613586565b81526020850151614fa881613586565b60208201526040850151614fbb81613586565b60408201526060850151614fce81613586565b60608201526080850151614fe181613586565b608082015260a0850151614ff481613586565b60a082015260c08501519093506001600160401b03811115615014575f5ffd5b61502086828701614529565b92505060e08401516001600160401b0381111561503b575f5ffd5b61354c86828701614eda565b5f82601f830112615056575f5ffd5b813561506461454b82614507565b8082825260208201915060208360061b860101925085831115615085575f5ffd5b602085015b838110156145b957604081880312156150a1575f5ffd5b6150a96140ef565b8135815260208201356150bb81613586565b602082810191909152908452929092019160400161508a565b5f6101a082360312156150e5575f5ffd5b6150ed614155565b823581526020808401359082015260408084013590820152615111606084016137da565b60608201526151226080840161359a565b608082015261513360a0840161359a565b60a082015261514460c0840161359a565b60c082015261515560e0840161359a565b60e08201526101008301356001600160401b03811115615173575f5ffd5b61517f36828601614675565b610100830152506101208301356001600160401b0381111561519f575f5ffd5b6151ab36828601614675565b610120830152506101408301356001600160401b038111156151cb575f5ffd5b6151d736828601615047565b610140830152506101608301356001600160401b038111156151f7575f5ffd5b615203368286016146c2565b610160830152506101808301356001600160401b03811115615223575f5ffd5b61522f36828601614742565b6101808301525092915050565b8051825260208101516020830152604081015160408301525f606082015161526c606085018263ffffffff169052565b50608082015161528760808501826001600160a01b03169052565b5060a08201516152a260a08501826001600160a01b03169052565b5060c08201516152bd60c08501826001600160a01b03169052565b5060e08201516152d860e08501826001600160a01b03169052565b506101008201516101a06101008501526152f66101a085018261360a565b9050610120830151848203610120860152615311828261360a565b91505061014083015184820361014086015261532d8282613add565b9150506101608301518482036101608601526153498282614866565b915050610180830151848203610180860152610a8c8282613b35565b602081525f82516101c060208401526153826101e084018261523c565b90506020840151604084015260408401516153a06060850182613a00565b5060608401516001600160a01b0316610120840152608084015161014084015260a0840151838203601f19016101608501526153dc82826142c4565b91505060c08401516153f761018085018263ffffffff169052565b5060e08401516101a0840152610100909301516101c0909201919091525090565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f600182016154515761545161542c565b5060010190565b600181811c9082168061546c57607f821691505b6020821081036134d557634e487b7160e01b5f52602260045260245ffd5b828152604060208201525f610d28604083018461360a565b5f82518060208501845e5f920191825250919050565b818103818111156106bc576106bc61542c565b634e487b7160e01b5f52603160045260245ffdfec879325803e3bffefede731d4ac4d9d80ed4879e9766730a29e9f0078a309090";

/** Byte offsets in the creation bytecode where each library's 20-byte address must be written. */
export const haloFactoryLinkReferences: Readonly<Record<string, readonly number[]>> = {"ClassDeployer":[10167],"LctsUnitDeployer":[7777]};
