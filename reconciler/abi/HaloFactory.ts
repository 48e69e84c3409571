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
export const haloFactoryBytecode: `0x${string}` = "0x610200604052348015610010575f5ffd5b5060405161616f38038061616f83398101604081905261002f91610630565b604080518082018252600b81526a48616c6f466163746f727960a81b602080830191909152825180840190935260018352603160f81b9083015290610075826002610385565b61012052610084816003610385565b61014052815160208084019190912060e052815190820120610100524660a05261011060e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05282516001600160a01b03166101615760405163f8b39ded60e01b815260206004820152600860248201526774696d656c6f636b60c01b60448201526064015b60405180910390fd5b60208301516001600160a01b03166101af5760405163f8b39ded60e01b815260206004820152601060248201526f74656d706c617465526567697374727960801b6044820152606401610158565b60408301516001600160a01b03166101f95760405163f8b39ded60e01b815260206004820152600c60248201526b68616c6f526567697374727960a01b6044820152606401610158565b60608301516001600160a01b03166102405760405163f8b39ded60e01b81526020600482015260096024820152686265616d537461746560b81b6044820152606401610158565b60808301516001600160a01b031661028a5760405163f8b39ded60e01b815260206004820152600c60248201526b31b7b73334b3bab930ba37b960a11b6044820152606401610158565b82516001600160a01b03908116610160526020840151811661018052604084015181166101a052606084015181166101c0526080840151166101e05282516102d3905f906103b7565b505f5b8251811015610331576103287f503cf060389b91af8851125bd70ce66d16d12330718b103fc7674ef6d27e70c984838151811061031557610315610702565b60200260200101516103b760201b60201c565b506001016102d6565b505f5b815181101561037c576103737f5ff1fb0ce9089603e6e193667ed17164e0360a6148f4a39fc194055588948a3183838151811061031557610315610702565b50600101610334565b505050506108ac565b5f6020835110156103a057610399836103eb565b90506103b1565b816103ab848261079a565b5060ff90505b92915050565b5f806103c38484610428565b905080156103e4575f8481526001602052604090206103e290846104cf565b505b9392505050565b5f5f829050601f81511115610415578260405163305a27a960e01b81526004016101589190610854565b805161042082610889565b179392505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166104c8575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556104803390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016103b1565b505f6103b1565b5f6103e4836001600160a01b0384165f8181526001830160205260408120546104c857508154600181810184555f8481526020808220909301849055845484825282860190935260409020919091556103b1565b634e487b7160e01b5f52604160045260245ffd5b60405160a081016001600160401b038111828210171561055957610559610523565b60405290565b604051601f8201601f191681016001600160401b038111828210171561058757610587610523565b604052919050565b80516001600160a01b03811681146105a5575f5ffd5b919050565b5f82601f8301126105b9575f5ffd5b81516001600160401b038111156105d2576105d2610523565b8060051b6105e26020820161055f565b918252602081850181019290810190868411156105fd575f5ffd5b6020860192505b83831015610626576106158361058f565b825260209283019290910190610604565b9695505050505050565b5f5f5f83850360e0811215610643575f5ffd5b60a0811215610650575f5ffd5b50610659610537565b6106628561058f565b81526106706020860161058f565b60208201526106816040860161058f565b60408201526106926060860161058f565b60608201526106a36080860161058f565b608082015260a08501519093506001600160401b038111156106c3575f5ffd5b6106cf868287016105aa565b60c086015190935090506001600160401b038111156106ec575f5ffd5b6106f8868287016105aa565b9150509250925092565b634e487b7160e01b5f52603260045260245ffd5b600181811c9082168061072a57607f821691505b60208210810361074857634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561079557805f5260205f20601f840160051c810160208510156107735750805b601f840160051c820191505b81811015610792575f815560010161077f565b50505b505050565b81516001600160401b038111156107b3576107b3610523565b6107c7816107c18454610716565b8461074e565b6020601f8211600181146107f9575f83156107e25750848201515b5f19600385901b1c1916600184901b178455610792565b5f84815260208120601f198516915b828110156108285787850151825560209485019460019092019101610808565b508482101561084557868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610748575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e0516157c96109a65f395f81816102d20152611f2201525f818161036001528181610d8c01528181611534015281816116d20152611ef301525f81816103a201528181610909015281816114990152818161170101528181611c380152611ec401525f818161053701528181610ad501528181610ea501528181611e9501526122dc01525f818161063d01528181610d6b015281816116450152611e6601525f61198a01525f61195801525f612ecc01525f612ea401525f612dff01525f612e2901525f612e5301526157c95ff3fe608060405234801561000f575f5ffd5b5060043610610229575f3560e01c8063810edb301161012a578063b70e36f0116100b4578063cab7e8eb11610079578063cab7e8eb14610600578063d33219b414610638578063d547741f1461065f578063da4c610a14610672578063f3ca4a4914610685575f5ffd5b8063b70e36f014610580578063bb8fe5aa14610593578063c1b8411a146105a6578063c5183be4146105cd578063ca15c873146105ed575f5ffd5b806391d14854116100fa57806391d14854146104f85780639938a7771461050b578063a0af81f014610532578063a217fddf14610559578063a3246ad314610560575f5ffd5b8063810edb30146104a457806384b0196e146104b75780638ed4904e146104d25780639010d07c146104e5575f5ffd5b80634519cd57116101b65780636a80ff111161017b5780636a80ff111461041e5780636a870679146104315780636f403a301461046b57806376085fc11461047e5780637d79212014610491575f5ffd5b80634519cd571461038257806346e082291461039d5780635dd8a33e146103c457806363879259146103eb57806369774d0c1461040b575f5ffd5b80632b507df8116101fc5780632b507df8146102cd5780632f2ff15d1461030c57806336568abe146103215780633d111c7e146103345780633efa892b1461035b575f5ffd5b806301ffc9a71461022d5780630555c8f2146102555780631915c6cb14610275578063248a9ca3146102ab575b5f5ffd5b61024061023b366004613537565b610698565b60405190151581526020015b60405180910390f35b610268610263366004613584565b6106c2565b60405161024c91906135ef565b61029d610283366004613643565b6001600160a01b03165f9081526005602052604090205490565b60405190815260200161024c565b61029d6102b936600461365e565b5f9081526020819052604090206001015490565b6102f47f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161024c565b61031f61031a366004613675565b61072b565b005b61031f61032f366004613675565b610755565b61029d7f5ff1fb0ce9089603e6e193667ed17164e0360a6148f4a39fc194055588948a3181565b6102f47f000000000000000000000000000000000000000000000000000000000000000081565b61038a600181565b60405161ffff909116815260200161024c565b6102f47f000000000000000000000000000000000000000000000000000000000000000081565b61029d7f07bea57ff3b203fcc37f956f2e5ca5ae05691b9ae05bbd73a084b9f5d0dd1dcc81565b6103fe6103f936600461365e565b61078d565b60405161024c91906136d1565b61031f61041936600461373d565b6107f3565b61026861042c366004613781565b6109ec565b61029d61043f3660046137c2565b604080516020808201949094528082019290925280518083038201815260609092019052805191012090565b61029d6104793660046137e2565b610a50565b61029d61048c366004613813565b610a7f565b61026861049f36600461387e565b610a95565b61029d6104b23660046138e1565b610c12565b6104bf610c24565b60405161024c9796959493929190613912565b61029d6104e03660046139a8565b610c66565b6102f46104f33660046137c2565b610c73565b610240610506366004613675565b610c8a565b61029d7fd86421f9879c6dced33ff4ff236f4dd776eec30ddb86948a1564d6ccd6a3f1b981565b6102f47f000000000000000000000000000000000000000000000000000000000000000081565b61029d5f81565b61057361056e36600461365e565b610cb2565b60405161024c91906139dc565b61031f61058e36600461365e565b610ccb565b6103fe6105a1366004613a27565b610d5e565b61029d7f503cf060389b91af8851125bd70ce66d16d12330718b103fc7674ef6d27e70c981565b6105e06105db366004613a66565b610dbb565b60405161024c9190613ae4565b61029d6105fb36600461365e565b610dfa565b61024061060e366004613af2565b6001600160a01b03919091165f908152600660209081526040808320938352929052205460ff1690565b6102f47f000000000000000000000000000000000000000000000000000000000000000081565b61031f61066d366004613675565b610e10565b6105e0610680366004613b1c565b610e34565b6105e061069336600461387e565b610e79565b5f6001600160e01b03198216635a05180f60e01b14806106bc57506106bc82611057565b92915050565b604080516060810182525f80825260208201819052918101919091526106e661108b565b610703826106fe8686866020013587604001356110fa565b6111d2565b61071a84846107156020860186613643565b611368565b9050610724611862565b9392505050565b5f828152602081905260409020600101546107458161188c565b61074f8383611899565b50505050565b6001600160a01b038116331461077e5760405163334bd91960e11b815260040160405180910390fd5b61078882826118cc565b505050565b610795613387565b5f82815260046020526040902080546107c9576040516389b85a0d60e01b8152600481018490526024015b60405180910390fd5b600281015460058201546107249185916001600160a01b0364010000000090920482169116610d5e565b6107fb61108b565b335f90815260056020908152604091829020825160608101845281548082526001909201546001600160a01b03811693820193909352600160a01b90920463ffffffff169282019290925290610866576040516315162af360e31b81523360048201526024016107c0565b805160408051602080820193909352808201899052815180820383018152606090910190915280519101206108996133c7565b81815282516020808301919091526040805160c08082018352838701516001600160a01b0390811683529382018c90528a841682840152606082018a90526080820189905260a082018890528401528085015161010084015163ffffffff909116905251631ddaedff60e31b81527f00000000000000000000000000000000000000000000000000000000000000009091169063eed76ff890610940908490600401613c02565b5f604051808303815f87803b158015610957575f5ffd5b505af1158015610969573d5f5f3e3d5ffd5b50508451602080870151604080516001600160a01b0392831681529283018e9052908c1682820152606082018b9052608082018a905260a08201899052519193508592506001917f9da80c91624d23ee153965e5b8ea5b6a0c37218066e7854b3415908a0cde79b79181900360c00190a45050506109e5611862565b5050505050565b604080516060810182525f8082526020820181905291810191909152610a1061108b565b7f503cf060389b91af8851125bd70ce66d16d12330718b103fc7674ef6d27e70c9610a3a8161188c565b610a45848433611368565b9150506106bc611862565b5f81604051602001610a629190613e4d565b604051602081830303815290604052805190602001209050919050565b5f610a8c858585856110fa565b95945050505050565b604080516060810182525f8082526020820181905291810191909152604051632affc38360e21b81526004810187905263ffffffff861660248201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063abff0e0c906044015f60405180830381865afa158015610b21573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610b48919081019061441a565b60c0015180519091505f5160206157a95f395f51905f5214610b83578051604051630918b2ef60e11b815260048101919091526024016107c0565b6060810151610ba6816d2430b637a9b430b932aa37b5b2b760911b8888886118f7565b6001600160a01b03168352610bcf816d537562736372696265517565756560901b8888886118f7565b6001600160a01b03166020840152610bf8816a52656465656d517565756560a81b8888886118f7565b6001600160a01b0316604084015250909695505050505050565b5f81604051602001610a62919061453d565b5f6060805f5f5f6060610c35611951565b610c3d611983565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f610a8c858585856119b0565b5f8281526001602052604081206107249083611a33565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f8181526001602052604090206060906106bc90611a3e565b335f90815260066020908152604080832084845290915290205460ff1615610d0f57604051637ee434fd60e01b8152336004820152602481018290526044016107c0565b335f818152600660209081526040808320858452909152808220805460ff19166001179055518392917f1800cd2301fbc20790ed94f3d55a28ef2306a9c31cd3c72b5b71b6e4cf5c624191a350565b610d66613387565b610db37f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000868686611a4a565b949350505050565b610dc361349f565b610dcb61108b565b610de3826106fe8686866020013587604001356119b0565b61071a8484610df56020860186613643565b611bf7565b5f8181526001602052604081206106bc90612065565b5f82815260208190526040902060010154610e2a8161188c565b61074f83836118cc565b610e3c61349f565b610e4461108b565b7f503cf060389b91af8851125bd70ce66d16d12330718b103fc7674ef6d27e70c9610e6e8161188c565b610a45848433611bf7565b610e8161349f565b604051632affc38360e21b81526004810187905263ffffffff861660248201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063abff0e0c906044015f60405180830381865afa158015610ef1573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610f18919081019061441a565b60c001519050610f2a815f015161206e565b6040810151610f478167414c4d50726f787960c01b8888886118f7565b6001600160a01b03168352610f6c8169526174654c696d69747360b01b8888886118f7565b6001600160a01b03166020840152610f98816d2430b637a1b7b73a3937b63632b960911b8888886118f7565b6001600160a01b0316604084015281517f28be13efe402cf9ccd7d2906325e8ec00518dd0d163f30cd2f30f03d939e419c0161104c57610fea816b4e666174466163696c69747960a01b8888886118f7565b6001600160a01b03166060840152611015816c273330ba2232b0b62a37b5b2b760991b8888886118f7565b6001600160a01b0316608084015261103d81694e66617452656465656d60b01b8888886118f7565b6001600160a01b031660a08401525b505095945050505050565b5f6001600160e01b03198216637965db0b60e01b14806106bc57506301ffc9a760e01b6001600160e01b03198316146106bc565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156110cb57604051633ee5aeb560e01b815260040160405180910390fd5b6110f860017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906120cc565b565b6020808501355f9081526004909152604081208054611132576040516389b85a0d60e01b8152602087013560048201526024016107c0565b600181015460028201546111c8917f07bea57ff3b203fcc37f956f2e5ca5ae05691b9ae05bbd73a084b9f5d0dd1dcc9163ffffffff166111718a610a50565b60408051602081019590955284019290925263ffffffff166060830152608082015260a0810187905260c0810186905260e08101859052610100015b604051602081830303815290604052805190602001206120d3565b9695505050505050565b5f6111e06020840184613643565b90508260200135421115611213576040516348e396ff60e11b8152602084013560048201524260248201526044016107c0565b61123d7f5ff1fb0ce9089603e6e193667ed17164e0360a6148f4a39fc194055588948a3182610c8a565b6112655760405163cbddbfe560e01b81526001600160a01b03821660048201526024016107c0565b6001600160a01b0381165f90815260066020908152604080832086820135845290915290205460ff16156112c15760408051637ee434fd60e01b81526001600160a01b03831660048201529084013560248201526044016107c0565b61130c81836112d360608701876146b7565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506120ff92505050565b61133457604051630b5dfa5760e31b81526001600160a01b03821660048201526024016107c0565b6001600160a01b03165f90815260066020908152604080832094810135835293905291909120805460ff1916600117905550565b604080516060810182525f80825260208201819052918101919091528335806113a4576040516327230bcb60e11b815260040160405180910390fd5b6020858101355f9081526004808352604091829020825160e0810184528154808252600183015495820195909552600282015463ffffffff8116948201949094526401000000009093046001600160a01b03908116606085015260038201548116608085015291810154821660a0840152600501541660c082015290611443576040516389b85a0d60e01b8152602087013560048201526024016107c0565b80515f5160206157a95f395f51905f5214611494578051604051631b01c01760e01b8152602088013560048201525f5160206157a95f395f51905f52602482015260448101919091526064016107c0565b6114be7f00000000000000000000000000000000000000000000000000000000000000008361216f565b156114df5760405163a63fbeb760e01b8152600481018390526024016107c0565b5f6114f2826020015183604001516122b2565b905061150e61150460808901896146f9565b8360a001516124d8565b6060820151604051630849f3e760e21b81526001600160a01b0391821660048201525f917f00000000000000000000000000000000000000000000000000000000000000001690632127cf9c90602401608060405180830381865afa158015611579573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061159d919061474d565b905080604001516115d2576060830151604051639550324360e01b81526001600160a01b0390911660048201526024016107c0565b606073__$eeee79e59d8dc6341e10b45c7a031f2734$__637ebb22aa8a8a8a876117348a8960408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101919091526040518061010001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020018460a001516001600160a01b0316815260200184608001516001600160a01b0316815260200184606001516001600160a01b03168152602001835f01516001600160a01b0316815260200183602001516001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316815250905092915050565b6040518663ffffffff1660e01b8152600401611754959493929190614991565b5f60405180830381865af415801561176e573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526117959190810190614ae7565b8092508197505050886020013585600161ffff167fd5ddd96e694ef60ba2f0c34e5d7160e53c65c57cd2f353b7e1e842e336263cd26040518061012001604052808e6117e090614c90565b815260200189602001518152602001896040015163ffffffff16815260200189606001516001600160a01b031681526020018b81526020018c6001600160a01b031681526020018d81526020018681526020018860e0015163ffffffff1681525060405161184e9190614e15565b60405180910390a450505050509392505050565b6110f85f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006110f2565b61189681336126e6565b50565b5f5f6118a58484612723565b90508015610724575f8481526001602052604090206118c490846127b2565b509392505050565b5f5f6118d884846127c6565b90508015610724575f8481526001602052604090206118c4908461282f565b5f6111c86119058787612843565b602090810151604080518084018990528082018890526001600160a01b038716606082015260808082018b90528251808303909101815260a090910190915280519201919091206128e2565b606061197e7f0000000000000000000000000000000000000000000000000000000000000000600261294a565b905090565b606061197e7f0000000000000000000000000000000000000000000000000000000000000000600361294a565b5f610a8c7fd86421f9879c6dced33ff4ff236f4dd776eec30ddb86948a1564d6ccd6a3f1b960408701356119ea6080890160608a01614ef3565b6119f389610c12565b60408051602081019590955284019290925263ffffffff166060830152608082015260a0810186905260c0810185905260e08101849052610100016111ad565b5f61072483836129f3565b60605f61072483612a19565b611a52613387565b6001600160a01b0385811660208301526040518482166024820152908316604482015260640160408051601f19818403018152918152602080830180516001600160e01b03166305b0b97160e51b179052606084019290925251611ae3917f7c07cfd256da40cfb02ad6fb86ea1725902e08a1f904334dd2ff385c15a6456791879101918252602082015260400190565b60408051601f19818403018152918152815160209283012060a084018190529183015160608401519151638065657f60e01b815289936001600160a01b03851693638065657f93611b3e9390925f9291839190600401614f0e565b602060405180830381865afa158015611b59573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b7d9190614f48565b80835260405163d45c443560e01b815260048101919091526001600160a01b0382169063d45c443590602401602060405180830381865afa158015611bc4573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611be89190614f48565b60c08301525095945050505050565b611bff61349f565b833580611c1f576040516327230bcb60e11b815260040160405180910390fd5b6040516352dc92e960e11b8152602086013560048201527f0000000000000000000000000000000000000000000000000000000000000000906001600160a01b0382169063a5b925d290602401602060405180830381865afa158015611c87573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611cab9190614f5f565b611cce5760405163236d13db60e01b8152602087013560048201526024016107c0565b611cd8818361216f565b15611cf957604051630e6625ff60e11b8152600481018390526024016107c0565b5f611d0b610100880160e08901613643565b6001600160a01b031603611d515760405163f8b39ded60e01b815260206004820152600c60248201526b19195c1bdcda5d105cdcd95d60a21b60448201526064016107c0565b5f611d6260e0880160c08901613643565b6001600160a01b031603611da25760405163f8b39ded60e01b8152602060048201526006602482015265676f764f707360d01b60448201526064016107c0565b5f611dc06040880135611dbb60808a0160608b01614ef3565b6122b2565b9050611dce815f015161206e565b611de9611ddf6101608901896146f9565b83608001516124d8565b611e04611dfa6101408901896146f9565b8360200151612a72565b6060611e0e613387565b73__$a7949b05448a27b0459aef19b9dedb1b81$__631bc1f2508a8a8a87611f526040805160a0810182525f808252602082018190529181018290526060810182905260808101919091526040518060a001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316815250905090565b6040518663ffffffff1660e01b8152600401611f72959493929190614f78565b5f60405180830381865af4158015611f8c573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052611fb39190810190615213565b91975092509050611fc5898488612bfc565b886020013585600161ffff167f0dc45615c5136163273f149e6f5f72fd5876c8ecdcf2740c82410786c5bfbbe06040518061012001604052808e61200890615384565b8152602001885f015181526020018b81526020018c6001600160a01b031681526020018d81526020018781526020018860e0015163ffffffff168152602001865f015181526020018660c0015181525060405161184e9190615615565b5f6106bc825490565b5f5160206157a95f395f51905f5281141580156120ab57507fd741ec101bfd30633282d6f9cda1713ffae722f2e9c0cf32d0cf0fc26c61be648114155b1561189657604051630918b2ef60e11b8152600481018290526024016107c0565b80825d5050565b5f6106bc6120df612df3565b8360405161190160f01b8152600281019290925260228201526042902090565b5f836001600160a01b03163b5f0361215d575f5f61211d8585612f1c565b5090925090505f81600381111561213657612136613b4e565b1480156121545750856001600160a01b0316826001600160a01b0316145b92505050610724565b612168848484612f65565b9050610724565b604051636caa470760e01b8152600481018290525f906001600160a01b03841690636caa470790602401602060405180830381865afa1580156121b4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906121d89190614f5f565b80612245575060405163b0db18ad60e01b8152600481018390526001600160a01b0384169063b0db18ad90602401602060405180830381865afa158015612221573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906122459190614f5f565b8061072457506040516352dc92e960e11b8152600481018390526001600160a01b0384169063a5b925d290602401602060405180830381865afa15801561228e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107249190614f5f565b6122ba6134d3565b60405163061f075d60e01b81526004810184905263ffffffff831660248201527f0000000000000000000000000000000000000000000000000000000000000000905f906001600160a01b0383169063061f075d90604401602060405180830381865afa15801561232d573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061235191906156c8565b90505f81600481111561236657612366613b4e565b036123935760405163064bd7c360e31b81526004810186905263ffffffff851660248201526044016107c0565b60018160048111156123a7576123a7613b4e565b036123d45760405163769c4d7f60e11b81526004810186905263ffffffff851660248201526044016107c0565b60038160048111156123e8576123e8613b4e565b0361241557604051638ebe9b4760e01b81526004810186905263ffffffff851660248201526044016107c0565b600481600481111561242957612429613b4e565b0361245657604051637464ae6760e01b81526004810186905263ffffffff851660248201526044016107c0565b604051632affc38360e21b81526004810186905263ffffffff851660248201526001600160a01b0383169063abff0e0c906044015f60405180830381865afa1580156124a4573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526124cb919081019061441a565b60c0015195945050505050565b5f5b828110156126a2575f8484838181106124f5576124f56156e1565b604002919091013591505f90505b82811015612550578186868381811061251e5761251e6156e1565b9050604002015f01350361254857604051632e79e8bb60e21b8152600481018390526024016107c0565b600101612503565b505f5b83518110801561257f575081848281518110612571576125716156e1565b60200260200101515f015114155b156125945761258d81615709565b9050612553565b835181036125b8576040516339414d1160e11b8152600481018390526024016107c0565b5f8686858181106125cb576125cb6156e1565b9050604002016020013590508482815181106125e9576125e96156e1565b60200260200101516020015181108061261e575084828151811061260f5761260f6156e1565b60200260200101516040015181115b15612694578281868481518110612637576126376156e1565b602002602001015160200151878581518110612655576126556156e1565b6020026020010151604001516040516344bc48a960e01b81526004016107c0949392919093845260208401929092526040830152606082015260800190565b5050508060010190506124da565b5080518214610788575f5b815181101561074f576126dd84848484815181106126cd576126cd6156e1565b60200260200101515f015161303b565b506001016126ad565b6126f08282610c8a565b61271f5760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016107c0565b5050565b5f61272e8383610c8a565b6127ab575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556127633390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016106bc565b505f6106bc565b5f610724836001600160a01b0384166130b0565b5f6127d18383610c8a565b156127ab575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016106bc565b5f610724836001600160a01b0384166130f5565b61286d60405180606001604052805f81526020015f6001600160a01b031681526020015f81525090565b5f5b83518110156128c5578284828151811061288b5761288b6156e1565b60200260200101515f0151036128bd578381815181106128ad576128ad6156e1565b60200260200101519150506106bc565b60010161286f565b5060405163a417080f60e01b8152600481018390526024016107c0565b6040513060388201526f5af43d82803e903d91602b57fd5bf3ff602482015260148101839052733d602d80600a3d3981f3363d3d373d3d3d363d738152605881018290526037600c820120607882015260556043909101205f906001600160a01b0316610724565b606060ff83146129645761295d836131d8565b90506106bc565b81805461297090615721565b80601f016020809104026020016040519081016040528092919081815260200182805461299c90615721565b80156129e75780601f106129be576101008083540402835291602001916129e7565b820191905f5260205f20905b8154815290600101906020018083116129ca57829003601f168201915b505050505090506106bc565b5f825f018281548110612a0857612a086156e1565b905f5260205f200154905092915050565b6060815f01805480602002602001604051908101604052809291908181526020018280548015612a6657602002820191905f5260205f20905b815481526020019060010190808311612a52575b50505050509050919050565b5f5b82811015612bbb575f848483818110612a8f57612a8f6156e1565b604002919091013591505f90505b82811015612aea5781868683818110612ab857612ab86156e1565b9050604002015f013503612ae25760405163efe24bc760e01b8152600481018390526024016107c0565b600101612a9d565b505f805b8451811015612b245782858281518110612b0a57612b0a6156e1565b602002602001015103612b1c57600191505b600101612aee565b5080612b4657604051638a3de8d760e01b8152600481018390526024016107c0565b5f868685818110612b5957612b596156e1565b9050604002016020016020810190612b719190613643565b6001600160a01b031603612bb15760405163f8b39ded60e01b81526020600482015260066024820152653132b0b1b7b760d11b60448201526064016107c0565b5050600101612a74565b5080518214610788575f5b815181101561074f57612bf38484848481518110612be657612be66156e1565b6020026020010151613215565b50600101612bc6565b81516040805160e081018252845181528582013560208201525f5160206157a95f395f51905f5290921491908101612c3a6080870160608801614ef3565b63ffffffff16815283516001600160a01b03166020820152604001612c66610100870160e08801613643565b6001600160a01b0316815260200182612c7f575f612ca2565b612ca2612c906101408801886146f9565b686c7068612d6c63747360b81b613215565b6001600160a01b03168152602001612cc060e0870160c08801613643565b6001600160a01b0390811690915285355f908152600460208181526040928390208551815590850151600182015591840151600283018054606087015163ffffffff9093166001600160c01b0319909116176401000000009286169290920291909117905560808401516003830180546001600160a01b031990811692861692909217905560a0850151918301805482169285169290921790915560c0909301516005909101805490931691161790558061074f5760408051606080820183528635825260808501516001600160a01b03908116602080850191825260e089015163ffffffff9081168688019081529489015184165f90815260059092529590209351845551600190930180549251909416600160a01b026001600160c01b031990921692169190911717905550505050565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015612e4b57507f000000000000000000000000000000000000000000000000000000000000000046145b15612e7557507f000000000000000000000000000000000000000000000000000000000000000090565b61197e604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f5f8351604103612f53576020840151604085015160608601515f1a612f4588828585613298565b955095509550505050612f5e565b505081515f91506002905b9250925092565b5f5f5f856001600160a01b03168585604051602401612f85929190615753565b60408051601f198184030181529181526020820180516001600160e01b0316630b135d3f60e11b17905251612fba919061576b565b5f60405180830381855afa9150503d805f8114612ff2576040519150601f19603f3d011682016040523d82523d5f602084013e612ff7565b606091505b509150915081801561300b57506020815110155b80156111c857508051630b135d3f60e11b906130309083016020908101908401614f48565b149695505050505050565b5f805b838110156130935782858583818110613059576130596156e1565b9050604002015f01350361308b57848482818110613079576130796156e1565b90506040020160200135915050610724565b60010161303e565b5060405163e07fb14960e01b8152600481018390526024016107c0565b5f8181526001830160205260408120546127ab57508154600181810184555f8481526020808220909301849055845484825282860190935260409020919091556106bc565b5f81815260018301602052604081205480156131cf575f613117600183615781565b85549091505f9061312a90600190615781565b9050808214613189575f865f018281548110613148576131486156e1565b905f5260205f200154905080875f018481548110613168576131686156e1565b5f918252602080832090910192909255918252600188019052604090208390555b855486908061319a5761319a615794565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f9055600193505050506106bc565b5f9150506106bc565b60605f6131e483613360565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f805b8381101561327b5782858583818110613233576132336156e1565b9050604002015f01350361327357848482818110613253576132536156e1565b905060400201602001602081019061326b9190613643565b915050610724565b600101613218565b5060405163074f0b8160e11b8152600481018390526024016107c0565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156132d157505f91506003905082613356565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015613322573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661334d57505f925060019150829050613356565b92505f91508190505b9450945094915050565b5f60ff8216601f8111156106bc57604051632cd44ac360e21b815260040160405180910390fd5b6040518060e001604052805f81526020015f6001600160a01b031681526020015f8152602001606081526020015f81526020015f81526020015f81525090565b6040518061012001604052805f81526020015f81526020015f60028111156133f1576133f1613b4e565b81526020015f6001600160401b031681526020015f8152602001606081526020016134576040518060c001604052805f6001600160a01b031681526020015f81526020015f6001600160a01b031681526020015f81526020015f81526020015f81525090565b81526020016134786040518060400160405280606081526020015f81525090565b8152604080516060810182525f80825260208281018290529282015291015290565b905290565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a081019190915290565b6040518061012001604052805f81526020016060815260200160608152602001606081526020016060815260200160608152602001606081526020015f63ffffffff16815260200161349a60405180604001604052805f8152602001606081525090565b5f60208284031215613547575f5ffd5b81356001600160e01b031981168114610724575f5ffd5b5f60c0828403121561356e575f5ffd5b50919050565b5f6080828403121561356e575f5ffd5b5f5f5f60608486031215613596575f5ffd5b83356001600160401b038111156135ab575f5ffd5b6135b78682870161355e565b9350506020840135915060408401356001600160401b038111156135d9575f5ffd5b6135e586828701613574565b9150509250925092565b606081016106bc828480516001600160a01b03908116835260208083015182169084015260409182015116910152565b6001600160a01b0381168114611896575f5ffd5b803561363e8161361f565b919050565b5f60208284031215613653575f5ffd5b81356107248161361f565b5f6020828403121561366e575f5ffd5b5035919050565b5f5f60408385031215613686575f5ffd5b8235915060208301356136988161361f565b809150509250929050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081528151602082015260018060a01b036020830151166040820152604082015160608201525f606083015160e060808401526137136101008401826136a3565b9050608084015160a084015260a084015160c084015260c084015160e08401528091505092915050565b5f5f5f5f5f60a08688031215613751575f5ffd5b8535945060208601356137638161361f565b94979496505050506040830135926060810135926080909101359150565b5f5f60408385031215613792575f5ffd5b82356001600160401b038111156137a7575f5ffd5b6137b38582860161355e565b95602094909401359450505050565b5f5f604083850312156137d3575f5ffd5b50508035926020909101359150565b5f602082840312156137f2575f5ffd5b81356001600160401b03811115613807575f5ffd5b610db38482850161355e565b5f5f5f5f60808587031215613826575f5ffd5b84356001600160401b0381111561383b575f5ffd5b6138478782880161355e565b97602087013597506040870135966060013595509350505050565b63ffffffff81168114611896575f5ffd5b803561363e81613862565b5f5f5f5f5f60a08688031215613892575f5ffd5b8535945060208601356138a481613862565b9350604086013592506060860135915060808601356138c28161361f565b809150509295509295909350565b5f6101a0828403121561356e575f5ffd5b5f602082840312156138f1575f5ffd5b81356001600160401b03811115613906575f5ffd5b610db3848285016138d0565b60ff60f81b8816815260e060208201525f61393060e08301896136a3565b828103604084015261394281896136a3565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015613997578351835260209384019390920191600101613979565b50909b9a5050505050505050505050565b5f5f5f5f608085870312156139bb575f5ffd5b84356001600160401b038111156139d0575f5ffd5b613847878288016138d0565b602080825282518282018190525f918401906040840190835b81811015613a1c5783516001600160a01b03168352602093840193909201916001016139f5565b509095945050505050565b5f5f5f60608486031215613a39575f5ffd5b833592506020840135613a4b8161361f565b91506040840135613a5b8161361f565b809150509250925092565b5f5f5f60608486031215613a78575f5ffd5b83356001600160401b03811115613a8d575f5ffd5b6135b7868287016138d0565b80516001600160a01b03908116835260208083015182169084015260408083015182169084015260608083015182169084015260808083015182169084015260a09182015116910152565b60c081016106bc8284613a99565b5f5f60408385031215613b03575f5ffd5b8235613b0e8161361f565b946020939093013593505050565b5f5f60408385031215613b2d575f5ffd5b82356001600160401b03811115613b42575f5ffd5b6137b3858286016138d0565b634e487b7160e01b5f52602160045260245ffd5b60038110613b7e57634e487b7160e01b5f52602160045260245ffd5b9052565b5f8151808452602084019350602083015f5b82811015613bd057613bba868351805182526020908101516001600160a01b0316910152565b6040959095019460209190910190600101613b94565b5093949350505050565b5f815160408452613bee60408501826136a3565b602093840151949093019390935250919050565b6020815281516020820152602082015160408201525f6040830151613c2a6060840182613b62565b5060608301516001600160401b038116608084015250608083015160a083015260a083015161020060c0840152613c65610220840182613b82565b60c085015180516001600160a01b0390811660e087015260208201516101008701526040820151166101208601526060810151610140860152608081015161016086015260a08101516101808601529091505060e0840151838203601f19016101a0850152613cd48282613bda565b610100860151805163ffffffff9081166101c08801526020820151166101e087015260408101516001600160401b031661020087015290925090506118c4565b5f5f8335601e19843603018112613d29575f5ffd5b83016020810192503590506001600160401b03811115613d47575f5ffd5b803603821315613d55575f5ffd5b9250929050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b5f5f8335601e19843603018112613d99575f5ffd5b83016020810192503590506001600160401b03811115613db7575f5ffd5b8060061b3603821315613d55575f5ffd5b8183526020830192505f815f5b84811015613bd057813586526020808301359087015260409586019590910190600101613dd5565b5f8235603e19833603018112613e11575f5ffd5b90910192915050565b5f613e258283613d14565b60408552613e37604086018284613d5c565b6020948501359590940194909452509092915050565b60208082528235828201528201356040808301919091525f90613e7290840184613d14565b60c06060850152613e8760e085018284613d5c565b915050613e976060850185613d14565b848303601f19016080860152613eae838284613d5c565b92505050613ebf6080850185613d84565b848303601f190160a0860152613ed6838284613dc8565b92505050613ee760a0850185613dfd565b838203601f190160c0850152610a8c8282613e1a565b634e487b7160e01b5f52604160045260245ffd5b604051606081016001600160401b0381118282101715613f3357613f33613efd565b60405290565b604080519081016001600160401b0381118282101715613f3357613f33613efd565b60405161012081016001600160401b0381118282101715613f3357613f33613efd565b60405160e081016001600160401b0381118282101715613f3357613f33613efd565b60405160c081016001600160401b0381118282101715613f3357613f33613efd565b6040516101a081016001600160401b0381118282101715613f3357613f33613efd565b604051601f8201601f191681016001600160401b038111828210171561400d5761400d613efd565b604052919050565b805161363e81613862565b80516005811061363e575f5ffd5b805161363e8161361f565b80516001600160401b038116811461363e575f5ffd5b5f6001600160401b0382111561406757614067613efd565b5060051b60200190565b5f82601f830112614080575f5ffd5b815161409361408e8261404f565b613fe5565b8082825260208201915060208360051b8601019250858311156140b4575f5ffd5b602085015b838110156140d15780518352602092830192016140b9565b5095945050505050565b5f82601f8301126140ea575f5ffd5b81516140f861408e8261404f565b80828252602082019150602060608402860101925085831115614119575f5ffd5b602085015b838110156140d15760608188031215614135575f5ffd5b61413d613f11565b81518152602082015161414f8161361f565b60208281019190915260408381015190830152908452929092019160600161411e565b5f82601f830112614181575f5ffd5b8151602083015f61419461408e8461404f565b8381526060909302820192905060208101868411156141b1575f5ffd5b838310156140d1575f606084890312156141c9575f5ffd5b6141d1613f11565b8451815260208086015181830152604080870151908301529083526060909401939190910190506141b1565b5f6001600160401b0382111561421557614215613efd565b50601f01601f191660200190565b5f61423061408e846141fd565b9050828152838383011115614243575f5ffd5b8282602083015e5f602084830101529392505050565b5f60408284031215614269575f5ffd5b614271613f39565b8251815260208301519091506001600160401b03811115614290575f5ffd5b8201601f810184136142a0575f5ffd5b6142af84825160208401614223565b60208301525092915050565b5f61012082840312156142cc575f5ffd5b6142d4613f5b565b8251815260208301519091506001600160401b038111156142f3575f5ffd5b6142ff84828501614071565b60208301525060408201516001600160401b0381111561431d575f5ffd5b614329848285016140db565b60408301525060608201516001600160401b03811115614347575f5ffd5b614353848285016140db565b60608301525060808201516001600160401b03811115614371575f5ffd5b61437d84828501614172565b60808301525060a08201516001600160401b0381111561439b575f5ffd5b6143a784828501614172565b60a08301525060c08201516001600160401b038111156143c5575f5ffd5b6143d184828501614172565b60c0830152506143e360e08301614015565b60e08201526101008201516001600160401b03811115614401575f5ffd5b61440d84828501614259565b6101008301525092915050565b5f6020828403121561442a575f5ffd5b81516001600160401b0381111561443f575f5ffd5b820160e08185031215614450575f5ffd5b614458613f7e565b8151815261446860208301614015565b602082015261447960408301614020565b604082015261448a6060830161402e565b606082015261449b60808301614039565b60808201526144ac60a08301614039565b60a082015260c08201516001600160401b038111156144c9575f5ffd5b6144d5868285016142bb565b60c083015250949350505050565b8035825260208101356144f58161361f565b6001600160a01b03166020929092019190915250565b8183526020830192505f815f5b84811015613bd05761452a86836144e3565b6040958601959190910190600101614518565b60208082528235828201528201356040808301919091528201356060808301919091525f9061456d908401613873565b63ffffffff811660808401525061458660808401613633565b6001600160a01b03811660a0840152506145a260a08401613633565b6001600160a01b03811660c0840152506145be60c08401613633565b6001600160a01b03811660e0840152506145da60e08401613633565b6001600160a01b038116610100840152506145f9610100840184613d14565b6101a06101208501526146116101c085018284613d5c565b915050614622610120850185613d14565b848303601f190161014086015261463a838284613d5c565b9250505061464c610140850185613d84565b848303601f190161016086015261466483828461450b565b92505050614676610160850185613d84565b848303601f190161018086015261468e838284613dc8565b925050506146a0610180850185613dfd565b838203601f19016101a0850152610a8c8282613e1a565b5f5f8335601e198436030181126146cc575f5ffd5b8301803591506001600160401b038211156146e5575f5ffd5b602001915036819003821315613d55575f5ffd5b5f5f8335601e1984360301811261470e575f5ffd5b8301803591506001600160401b03821115614727575f5ffd5b6020019150600681901b3603821315613d55575f5ffd5b8051801515811461363e575f5ffd5b5f608082840312801561475e575f5ffd5b50604051608081016001600160401b038111828210171561478157614781613efd565b604052825161478f8161361f565b8152602083015161479f8161361f565b60208201526147b06040840161473e565b60408201526147c16060840161473e565b60608201529392505050565b5f8151808452602084019350602083015f5b82811015613bd05781518652602095860195909101906001016147df565b5f8151808452602084019350602083015f5b82811015613bd0578151805187526020808201516001600160a01b031681890152604091820151918801919091526060909601959091019060010161480f565b5f8151808452602084019350602083015f5b82811015613bd0576148888683518051825260208082015190830152604090810151910152565b6060959095019460209190910190600101614861565b805182525f602082015160406020850152610db360408501826136a3565b805182525f602082015161012060208501526148dc6101208501826147cd565b9050604083015184820360408601526148f582826147fd565b9150506060830151848203606086015261490f82826147fd565b91505060808301518482036080860152614929828261484f565b91505060a083015184820360a0860152614943828261484f565b91505060c083015184820360c086015261495d828261484f565b91505060e083015161497760e086018263ffffffff169052565b50610100830151848203610100860152610a8c828261489e565b61018080825286359082015260208601356101a08201525f6149b66040880188613d14565b60c06101c08501526149cd61024085018284613d5c565b9150506149dd6060890189613d14565b84830361017f19016101e08601526149f6838284613d5c565b92505050614a076080890189613d84565b84830361017f1901610200860152614a20838284613dc8565b92505050614a3160a0890189613dfd565b83820361017f1901610220850152614a498282613e1a565b915050866020840152614a6760408401876001600160a01b03169052565b8281036060840152614a7981866148bc565b9150506111c8608083018480516001600160a01b03908116835260208083015182169084015260408083015182169084015260608083015182169084015260808083015182169084015260a08083015182169084015260c08083015182169084015260e09182015116910152565b5f5f8284036080811215614af9575f5ffd5b6060811215614b06575f5ffd5b50614b0f613f11565b8351614b1a8161361f565b81526020840151614b2a8161361f565b60208201526040840151614b3d8161361f565b604082015260608401519092506001600160401b03811115614b5d575f5ffd5b614b6985828601614172565b9150509250929050565b5f82601f830112614b82575f5ffd5b8135614b9061408e826141fd565b818152846020838601011115614ba4575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f82601f830112614bcf575f5ffd5b8135614bdd61408e8261404f565b8082825260208201915060208360061b860101925085831115614bfe575f5ffd5b602085015b838110156140d15760408188031215614c1a575f5ffd5b614c22613f39565b81358152602080830135818301529084529290920191604001614c03565b5f60408284031215614c50575f5ffd5b614c58613f39565b905081356001600160401b03811115614c6f575f5ffd5b614c7b84828501614b73565b82525060209182013591810191909152919050565b5f60c08236031215614ca0575f5ffd5b614ca8613fa0565b823581526020808401359082015260408301356001600160401b03811115614cce575f5ffd5b614cda36828601614b73565b60408301525060608301356001600160401b03811115614cf8575f5ffd5b614d0436828601614b73565b60608301525060808301356001600160401b03811115614d22575f5ffd5b614d2e36828601614bc0565b60808301525060a08301356001600160401b03811115614d4c575f5ffd5b614d5836828601614c40565b60a08301525092915050565b5f8151808452602084019350602083015f5b82811015613bd0578151805187526020908101518188015260409096019590910190600101614d76565b80518252602081015160208301525f604082015160c06040850152614dc860c08501826136a3565b905060608301518482036060860152614de182826136a3565b91505060808301518482036080860152614dfb8282614d64565b91505060a083015184820360a0860152610a8c8282613bda565b602081525f82516101606020840152614e32610180840182614da0565b9050602084015160408401526040840151614e55606085018263ffffffff169052565b5060608401516001600160a01b038116608085015250608084015180516001600160a01b0390811660a08601526020820151811660c086015260408201511660e08501525060a08401516001600160a01b0381166101008501525060c084015161012084015260e0840151838203601f1901610140850152614ed7828261484f565b9150506101008401516118c461016085018263ffffffff169052565b5f60208284031215614f03575f5ffd5b813561072481613862565b60018060a01b038616815284602082015260a060408201525f614f3460a08301866136a3565b606083019490945250608001529392505050565b5f60208284031215614f58575f5ffd5b5051919050565b5f60208284031215614f6f575f5ffd5b6107248261473e565b610120808252863590820152602086013561014082015260408601356101608201525f614fa760608801613873565b63ffffffff16610180830152614fbf60808801613633565b6001600160a01b03166101a0830152614fda60a08801613633565b6001600160a01b03166101c0830152614ff560c08801613633565b6001600160a01b03166101e083015261501060e08801613633565b6001600160a01b031661020083015261502d610100880188613d14565b6101a06102208501526150456102c085018284613d5c565b915050615056610120890189613d14565b84830361011f190161024086015261506f838284613d5c565b92505050615081610140890189613d84565b84830361011f190161026086015261509a83828461450b565b925050506150ac610160890189613d84565b84830361011f19016102808601526150c5838284613dc8565b925050506150d7610180890189613dfd565b83820361011f19016102a08501526150ef8282613e1a565b91505086602084015261510d60408401876001600160a01b03169052565b828103606084015261511f81866148bc565b84516001600160a01b039081166080868101919091526020870151821660a08701526040870151821660c08701526060870151821660e08701528601511661010085015291506111c89050565b5f82601f83011261517b575f5ffd5b61072483835160208501614223565b5f60e0828403121561519a575f5ffd5b6151a2613f7e565b8251815290506151b46020830161402e565b60208201526040828101519082015260608201516001600160401b038111156151db575f5ffd5b6151e78482850161516c565b6060830152506080828101519082015260a0808301519082015260c09182015191810191909152919050565b5f5f5f838503610100811215615227575f5ffd5b60c0811215615234575f5ffd5b5061523d613fa0565b84516152488161361f565b815260208501516152588161361f565b6020820152604085015161526b8161361f565b6040820152606085015161527e8161361f565b606082015260808501516152918161361f565b608082015260a08501516152a48161361f565b60a082015260c08501519093506001600160401b038111156152c4575f5ffd5b6152d086828701614172565b92505060e08401516001600160401b038111156152eb575f5ffd5b6135e58682870161518a565b5f82601f830112615306575f5ffd5b813561531461408e8261404f565b8082825260208201915060208360061b860101925085831115615335575f5ffd5b602085015b838110156140d15760408188031215615351575f5ffd5b615359613f39565b81358152602082013561536b8161361f565b602082810191909152908452929092019160400161533a565b5f6101a08236031215615395575f5ffd5b61539d613fc2565b8235815260208084013590820152604080840135908201526153c160608401613873565b60608201526153d260808401613633565b60808201526153e360a08401613633565b60a08201526153f460c08401613633565b60c082015261540560e08401613633565b60e08201526101008301356001600160401b03811115615423575f5ffd5b61542f36828601614b73565b610100830152506101208301356001600160401b0381111561544f575f5ffd5b61545b36828601614b73565b610120830152506101408301356001600160401b0381111561547b575f5ffd5b615487368286016152f7565b610140830152506101608301356001600160401b038111156154a7575f5ffd5b6154b336828601614bc0565b610160830152506101808301356001600160401b038111156154d3575f5ffd5b6154df36828601614c40565b6101808301525092915050565b8051825260208101516020830152604081015160408301525f606082015161551c606085018263ffffffff169052565b50608082015161553760808501826001600160a01b03169052565b5060a082015161555260a08501826001600160a01b03169052565b5060c082015161556d60c08501826001600160a01b03169052565b5060e082015161558860e08501826001600160a01b03169052565b506101008201516101a06101008501526155a66101a08501826136a3565b90506101208301518482036101208601526155c182826136a3565b9150506101408301518482036101408601526155dd8282613b82565b9150506101608301518482036101608601526155f98282614d64565b915050610180830151848203610180860152610a8c8282613bda565b602081525f82516101c060208401526156326101e08401826154ec565b90506020840151604084015260408401516156506060850182613a99565b5060608401516001600160a01b0316610120840152608084015161014084015260a0840151838203601f190161016085015261568c828261484f565b91505060c08401516156a761018085018263ffffffff169052565b5060e08401516101a0840152610100909301516101c0909201919091525090565b5f602082840312156156d8575f5ffd5b61072482614020565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f6001820161571a5761571a6156f5565b5060010190565b600181811c9082168061573557607f821691505b60208210810361356e57634e487b7160e01b5f52602260045260245ffd5b828152604060208201525f610db360408301846136a3565b5f82518060208501845e5f920191825250919050565b818103818111156106bc576106bc6156f5565b634e487b7160e01b5f52603160045260245ffdfec879325803e3bffefede731d4ac4d9d80ed4879e9766730a29e9f0078a309090";

/** Byte offsets in the creation bytecode where each library's 20-byte address must be written. */
export const haloFactoryLinkReferences: Readonly<Record<string, readonly number[]>> = {"ClassDeployer":[10166],"LctsUnitDeployer":[8060]};
