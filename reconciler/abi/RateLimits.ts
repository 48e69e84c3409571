// generated — do not edit. Regenerate with `tsx reconciler/scripts/gen-abi.ts` after `forge build`.
// RateLimits from contracts/src/pau/RateLimits.sol.

export const rateLimitsAbi = [
  {
    "type": "constructor",
    "inputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "CONTROLLER",
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
    "name": "factory",
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
    "name": "getCurrentRateLimit",
    "inputs": [
      {
        "name": "key",
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
    "name": "getRateLimitData",
    "inputs": [
      {
        "name": "key",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IRateLimits.RateLimitData",
        "components": [
          {
            "name": "maxAmount",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "slope",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "lastAmount",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "lastUpdated",
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
    "name": "initialize",
    "inputs": [
      {
        "name": "admin",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "controller",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "factory_",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "isConfigured",
    "inputs": [
      {
        "name": "key",
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
    "name": "setInitialRateLimitData",
    "inputs": [
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
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setRateLimitData",
    "inputs": [
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
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setRateLimitData",
    "inputs": [
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
      },
      {
        "name": "lastAmount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "lastUpdated",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setUnlimitedRateLimitData",
    "inputs": [
      {
        "name": "key",
        "type": "bytes32",
        "internalType": "bytes32"
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
    "name": "triggerRateLimitDecrease",
    "inputs": [
      {
        "name": "key",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "newLimit",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "triggerRateLimitIncrease",
    "inputs": [
      {
        "name": "key",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "newLimit",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "Initialized",
    "inputs": [
      {
        "name": "version",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RateLimitDataSet",
    "inputs": [
      {
        "name": "key",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "maxAmount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "slope",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "lastAmount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "lastUpdated",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RateLimitDecreaseTriggered",
    "inputs": [
      {
        "name": "key",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "oldRateLimit",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newRateLimit",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RateLimitIncreaseTriggered",
    "inputs": [
      {
        "name": "key",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "oldRateLimit",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newRateLimit",
        "type": "uint256",
        "indexed": false,
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
    "name": "InvalidInitialization",
    "inputs": []
  },
  {
    "type": "error",
    "name": "NotInitializing",
    "inputs": []
  },
  {
    "type": "error",
    "name": "RateLimits_AlreadyConfigured",
    "inputs": [
      {
        "name": "key",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "RateLimits_LastAmountTooHigh",
    "inputs": [
      {
        "name": "key",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "lastAmount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "maxAmount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "RateLimits_LastUpdatedInFuture",
    "inputs": [
      {
        "name": "key",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "lastUpdated",
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
    "name": "RateLimits_NotFactory",
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
    "name": "RateLimits_RateLimitExceeded",
    "inputs": [
      {
        "name": "key",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "available",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "RateLimits_ZeroAddress",
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
    "name": "RateLimits_ZeroKey",
    "inputs": []
  }
] as const;

/** Creation bytecode. */
export const rateLimitsBytecode: `0x${string}` = "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b61137c806100d65f395ff3fe608060405234801561000f575f5ffd5b506004361061013d575f3560e01c8063a217fddf116100b4578063c881750311610079578063c8817503146102ae578063ca15c873146102c1578063d547741f146102d4578063ee0fc121146102e7578063f6a82d1a146102fb578063ff7a9fa41461030e575f5ffd5b8063a217fddf1461024f578063a3246ad314610256578063b996be5314610276578063c0c53b8b14610289578063c45a01551461029c575f5ffd5b80633727ed62116101055780633727ed62146101c55780633bf076b0146101d85780635c093b74146101eb57806369d4ac03146101fe5780639010d07c1461021157806391d148541461023c575f5ffd5b806301ffc9a714610141578063248a9ca3146101695780632f2ff15d1461018a57806334323fba1461019f57806336568abe146101b2575b5f5ffd5b61015461014f366004611146565b610354565b60405190151581526020015b60405180910390f35b61017c61017736600461116d565b61037e565b604051908152602001610160565b61019d61019836600461119f565b61039e565b005b61019d6101ad3660046111c9565b6103c0565b61019d6101c036600461119f565b610426565b61019d6101d33660046111c9565b61045e565b61017c6101e63660046111f2565b6104f9565b61017c6101f93660046111f2565b610649565b61017c61020c36600461116d565b610754565b61022461021f3660046111f2565b6107b7565b6040516001600160a01b039091168152602001610160565b61015461024a36600461119f565b6107e4565b61017c5f81565b61026961026436600461116d565b61081a565b6040516101609190611212565b61015461028436600461116d565b61084a565b61019d61029736600461125d565b61086d565b5f54610224906001600160a01b031681565b61019d6102bc36600461116d565b610a27565b61017c6102cf36600461116d565b610a5f565b61019d6102e236600461119f565b610a83565b61017c5f51602061131c5f395f51905f5281565b61019d61030936600461129d565b610a9f565b61032161031c36600461116d565b610b41565b60405161016091908151815260208083015190820152604080830151908201526060918201519181019190915260800190565b5f6001600160e01b03198216634fb6d88760e11b1480610378575061037882610bab565b92915050565b5f9081525f51602061135c5f395f51905f52602052604090206001015490565b6103a78261037e565b6103b081610bcf565b6103ba8383610bdc565b50505050565b5f6103ca81610bcf565b83806103e957604051635754cfeb60e01b815260040160405180910390fd5b5f6103f38661084a565b6103fd578461040f565b61040f61040987610754565b86610c1e565b905061041e8686868442610c2d565b505050505050565b6001600160a01b038116331461044f5760405163334bd91960e11b815260040160405180910390fd5b6104598282610cc8565b505050565b828061047d57604051635754cfeb60e01b815260040160405180910390fd5b5f546001600160a01b03163314158061049e57505f546001600160a01b0316155b156104c257604051624387a960e21b81523360048201526024015b60405180910390fd5b6104cb8461084a565b156104ec5760405163c887df0560e01b8152600481018590526024016104b9565b6103ba8484848642610c2d565b5f5f51602061131c5f395f51905f5261051181610bcf565b838061053057604051635754cfeb60e01b815260040160405180910390fd5b5f858152600160208190526040909120805490910161059a57604080518681525f19602082018190529181019190915286907f2f9bcbd665fb7984aac3b6a05bb4ac8b303137a34ed4cc5fcd47622f52bdf046906060015b60405180910390a25f19935050610641565b5f6105a487610754565b9050808611156105d8576040516335e512bb60e01b81526004810188905260248101879052604481018290526064016104b9565b6105e286826112d4565b8254909550156105fa57600282018590554260038301555b604080518781526020810183905290810186905287907f2f9bcbd665fb7984aac3b6a05bb4ac8b303137a34ed4cc5fcd47622f52bdf046906060015b60405180910390a250505b505092915050565b5f5f51602061131c5f395f51905f5261066181610bcf565b838061068057604051635754cfeb60e01b815260040160405180910390fd5b5f85815260016020819052604090912080549091016106dc57604080518681525f19602082018190529181019190915286907fb824249bbde4df2bf5473f603ab3aa717ea2e37b908d9fb4440b962fb656d0ac90606001610588565b5f6106e687610754565b90506106fc6106f58288610d01565b8354610c1e565b82549095501561071457600282018590554260038301555b604080518781526020810183905290810186905287907fb824249bbde4df2bf5473f603ab3aa717ea2e37b908d9fb4440b962fb656d0ac90606001610636565b5f818152600160208190526040822080549091810161077757505f199392505050565b5f610795836001015484600301544261079091906112d4565b610d22565b90506107ae6107a8846002015483610d01565b83610c1e565b95945050505050565b5f8281525f51602061133c5f395f51905f526020819052604082206107dc9084610d2f565b949350505050565b5f9182525f51602061135c5f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f8181525f51602061133c5f395f51905f52602081905260409091206060919061084390610d3a565b9392505050565b5f8181526001602052604081208054151580610843575060030154151592915050565b5f610876610d46565b805490915060ff600160401b820416159067ffffffffffffffff165f8115801561089d5750825b90505f8267ffffffffffffffff1660011480156108b95750303b155b9050811580156108c7575080155b156108e55760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561090f57845460ff60401b1916600160401b1785555b6001600160a01b03881661094e5760405163466e156160e11b815260206004820152600560248201526430b236b4b760d91b60448201526064016104b9565b6001600160a01b0387166109925760405163466e156160e11b815260206004820152600a60248201526931b7b73a3937b63632b960b11b60448201526064016104b9565b61099a610d6e565b5f80546001600160a01b0319166001600160a01b0388161781556109be9089610bdc565b506109d65f51602061131c5f395f51905f5288610bdc565b508315610a1d57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b5050505050505050565b5f610a3181610bcf565b8180610a5057604051635754cfeb60e01b815260040160405180910390fd5b610459835f195f5f1942610c2d565b5f8181525f51602061133c5f395f51905f5260208190526040822061084390610d78565b610a8c8261037e565b610a9581610bcf565b6103ba8383610cc8565b5f610aa981610bcf565b8580610ac857604051635754cfeb60e01b815260040160405180910390fd5b85841115610afa5760405163216fdebd60e11b81526004810188905260248101859052604481018790526064016104b9565b42831115610b2b576040516303373e9b60e31b815260048101889052602481018490524260448201526064016104b9565b610b388787878787610c2d565b50505050505050565b610b6860405180608001604052805f81526020015f81526020015f81526020015f81525090565b505f908152600160208181526040928390208351608081018552815481529281015491830191909152600281015492820192909252600390910154606082015290565b5f6001600160e01b03198216635a05180f60e01b1480610378575061037882610d81565b610bd98133610db5565b50565b5f5f51602061133c5f395f51905f5281610bf68585610df2565b905080156107dc575f858152602083905260409020610c159085610e93565b50949350505050565b5f828218828410028218610843565b6040805160808082018352868252602080830187815283850187815260608086018881525f8d815260018087529089902097518855935193870193909355905160028601559051600390940193909355835188815290810187905292830185905290820183905286917f356822943b80f809508a684c67d901d5c13b6a22161bf07d510e50a6cb727028910160405180910390a25050505050565b5f5f51602061133c5f395f51905f5281610ce28585610ea7565b905080156107dc575f858152602083905260409020610c159085610f20565b5f5f5f610d0e8585610f34565b90925090505f1980821883151502186107ae565b5f5f5f610d0e8585610f4c565b5f6108438383610f63565b60605f61084383610f89565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610378565b610d76610fe2565b565b5f610378825490565b5f6001600160e01b03198216637965db0b60e01b148061037857506301ffc9a760e01b6001600160e01b0319831614610378565b610dbf82826107e4565b610dee5760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016104b9565b5050565b5f5f51602061135c5f395f51905f52610e0b84846107e4565b610e8a575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055610e403390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610378565b5f915050610378565b5f610843836001600160a01b038416611007565b5f5f51602061135c5f395f51905f52610ec084846107e4565b15610e8a575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a46001915050610378565b5f610843836001600160a01b038416611053565b80820182811015905f90825b81029150509250929050565b8181028281048214831517905f90610f4083151590565b5f825f018281548110610f7857610f786112f3565b905f5260205f200154905092915050565b6060815f01805480602002602001604051908101604052809291908181526020018280548015610fd657602002820191905f5260205f20905b815481526020019060010190808311610fc2575b50505050509050919050565b610fea61112d565b610d7657604051631afcd79f60e31b815260040160405180910390fd5b5f81815260018301602052604081205461104c57508154600181810184555f848152602080822090930184905584548482528286019093526040902091909155610378565b505f610378565b5f8181526001830160205260408120548015610e8a575f6110756001836112d4565b85549091505f90611088906001906112d4565b90508082146110e7575f865f0182815481106110a6576110a66112f3565b905f5260205f200154905080875f0184815481106110c6576110c66112f3565b5f918252602080832090910192909255918252600188019052604090208390555b85548690806110f8576110f8611307565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f905560019350505050610378565b5f611136610d46565b54600160401b900460ff16919050565b5f60208284031215611156575f5ffd5b81356001600160e01b031981168114610843575f5ffd5b5f6020828403121561117d575f5ffd5b5035919050565b80356001600160a01b038116811461119a575f5ffd5b919050565b5f5f604083850312156111b0575f5ffd5b823591506111c060208401611184565b90509250929050565b5f5f5f606084860312156111db575f5ffd5b505081359360208301359350604090920135919050565b5f5f60408385031215611203575f5ffd5b50508035926020909101359150565b602080825282518282018190525f918401906040840190835b818110156112525783516001600160a01b031683526020938401939092019160010161122b565b509095945050505050565b5f5f5f6060848603121561126f575f5ffd5b61127884611184565b925061128660208501611184565b915061129460408501611184565b90509250925092565b5f5f5f5f5f60a086880312156112b1575f5ffd5b505083359560208501359550604085013594606081013594506080013592509050565b8181038181111561037857634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52603160045260245ffdfe70546d1c92f8c2132ae23a23f5177aa8526356051c7510df99f50e012d221529c1f6fe24621ce81ec5827caf0253cadb74709b061630e6b55e8237170593200002dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800";
