// generated — do not edit. Regenerate with `tsx reconciler/scripts/gen-abi.ts` after `forge build`.
// SubscribeQueue from contracts/src/lcts/SubscribeQueue.sol.

export const subscribeQueueAbi = [
  {
    "type": "function",
    "name": "BEACON_ROLE",
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
    "name": "capacity",
    "inputs": [],
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
    "name": "claim",
    "inputs": [],
    "outputs": [
      {
        "name": "reward",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "claimAndExit",
    "inputs": [],
    "outputs": [
      {
        "name": "reward",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "underlying",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "controller",
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
    "name": "currentGeneration",
    "inputs": [],
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
    "name": "deposit",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "shares",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "depositAsset",
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
    "name": "generation",
    "inputs": [
      {
        "name": "id",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct ILctsQueue.Generation",
        "components": [
          {
            "name": "state",
            "type": "uint8",
            "internalType": "enum ILctsQueue.GenerationState"
          },
          {
            "name": "totalShares",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "totalUnderlying",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "rewardPerToken",
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
        "name": "config",
        "type": "tuple",
        "internalType": "struct ILctsQueue.QueueConfig",
        "components": [
          {
            "name": "admin",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "beacon",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "depositAsset",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "shareToken",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "controller",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "capacity",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "minDeposit",
            "type": "uint256",
            "internalType": "uint256"
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "lastGeneration",
    "inputs": [],
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
    "name": "lock",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "minDeposit",
    "inputs": [],
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
    "name": "pendingReward",
    "inputs": [
      {
        "name": "user",
        "type": "address",
        "internalType": "address"
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
    "name": "positionOf",
    "inputs": [
      {
        "name": "user",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct ILctsQueue.Position",
        "components": [
          {
            "name": "generation",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "rewardDebt",
            "type": "uint192",
            "internalType": "uint192"
          },
          {
            "name": "shares",
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
    "name": "queueState",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "enum ILctsQueue.QueueState"
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
    "name": "rewardAsset",
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
    "name": "setCapacity",
    "inputs": [
      {
        "name": "newCapacity",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setMinDeposit",
    "inputs": [
      {
        "name": "newMinDeposit",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "settle",
    "inputs": [
      {
        "name": "conversionCapacity",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "converted",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "reward",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "settleFinalized",
    "inputs": [],
    "outputs": [
      {
        "name": "reward",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "shareToken",
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
    "name": "underlyingAsset",
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
    "name": "underlyingOf",
    "inputs": [
      {
        "name": "user",
        "type": "address",
        "internalType": "address"
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
    "type": "event",
    "name": "CapacitySet",
    "inputs": [
      {
        "name": "oldCapacity",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newCapacity",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Deposited",
    "inputs": [
      {
        "name": "user",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "generation",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "shares",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Exited",
    "inputs": [
      {
        "name": "user",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "generation",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "shares",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "underlying",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "GenerationFinalized",
    "inputs": [
      {
        "name": "generation",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "finalRewardPerToken",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "GenerationOpened",
    "inputs": [
      {
        "name": "generation",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
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
    "name": "Locked",
    "inputs": [
      {
        "name": "generation",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "MinDepositSet",
    "inputs": [
      {
        "name": "oldMinDeposit",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newMinDeposit",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "PositionSettled",
    "inputs": [
      {
        "name": "user",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "generation",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RewardPaid",
    "inputs": [
      {
        "name": "user",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "generation",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "amount",
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
    "type": "event",
    "name": "Settled",
    "inputs": [
      {
        "name": "generation",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "conversionCapacity",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "converted",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "reward",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "rewardPerToken",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "remainingUnderlying",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
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
    "name": "LctsQueue_CapacityExceeded",
    "inputs": [
      {
        "name": "outstanding",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "capacity",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "LctsQueue_DepositTooSmall",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "minDeposit",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "LctsQueue_Locked",
    "inputs": [
      {
        "name": "generation",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "LctsQueue_NoFinalizedPosition",
    "inputs": [
      {
        "name": "user",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "LctsQueue_NoPosition",
    "inputs": [
      {
        "name": "user",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "LctsQueue_TransferMismatch",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "expected",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "actual",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "LctsQueue_WrongState",
    "inputs": [
      {
        "name": "expected",
        "type": "uint8",
        "internalType": "enum ILctsQueue.QueueState"
      },
      {
        "name": "actual",
        "type": "uint8",
        "internalType": "enum ILctsQueue.QueueState"
      }
    ]
  },
  {
    "type": "error",
    "name": "LctsQueue_ZeroAddress",
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
    "name": "NotInitializing",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ReentrancyGuardReentrantCall",
    "inputs": []
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedUintDowncast",
    "inputs": [
      {
        "name": "bits",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeERC20FailedOperation",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
      }
    ]
  }
] as const;

/** Creation bytecode. */
export const subscribeQueueBytecode: `0x${string}` = "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b6127e6806100d65f395ff3fe608060405234801561000f575f5ffd5b50600436106101fd575f3560e01c80638df8280011610114578063a3246ad3116100a9578063d547741f11610079578063d547741f14610438578063f40f0f521461044b578063f77c47911461045e578063f83d08ba14610471578063fd2d39c514610479575f5ffd5b8063a3246ad3146103e0578063b6b55f2514610400578063ca15c87314610413578063ccc41f2414610426575f5ffd5b806391d14854116100e457806391d14854146103a957806399f0dfbf146103bc5780639b1f7dc2146103c4578063a217fddf146103d9575f5ffd5b80638df828001461035d5780638fcc9cfb146103705780639010d07c1461038357806391915ef814610396575f5ffd5b806341b3d1851161019557806366e5d14c1161016557806366e5d14c146102f45780636c9fa59e146103115780637158da7c146103245780637d71dc35146103345780638ddb428a14610354575f5ffd5b806341b3d185146102d157806347697a04146102da5780634e71d92d146102e35780635cfc1a51146102eb575f5ffd5b8063248a9ca3116101d0578063248a9ca3146102835780632f2ff15d1461029657806336568abe146102ab5780633b592079146102be575f5ffd5b806301ffc9a714610201578063078fe301146102295780630ac6702a1461024a5780631c0258061461026f575b5f5ffd5b61021461020f3660046124e8565b610525565b60405190151581526020015b60405180910390f35b61023c610237366004612525565b61054f565b604051908152602001610220565b6001546001600160a01b03165b6040516001600160a01b039091168152602001610220565b61023c5f5160206127665f395f51905f5281565b61023c61029136600461253e565b6105cf565b6102a96102a4366004612555565b6105ef565b005b6102a96102b9366004612555565b610611565b6102a96102cc36600461257f565b610649565b61023c60045481565b61023c60065481565b61023c610a3b565b61023c60035481565b6102fc610b6e565b60408051928352602083019190915201610220565b600154610257906001600160a01b031681565b5f546001600160a01b0316610257565b61034761034236600461253e565b610d44565b60405161022091906125ac565b61023c60055481565b6102fc61036b36600461253e565b610dd5565b6102a961037e36600461253e565b610f5d565b6102576103913660046125eb565b610fa9565b6102a96103a436600461253e565b610fce565b6102146103b7366004612555565b61101a565b61023c611050565b6103cc6110c0565b604051610220919061261f565b61023c5f81565b6103f36103ee36600461253e565b61110c565b604051610220919061262d565b61023c61040e36600461253e565b61113c565b61023c61042136600461253e565b6113dd565b5f54610257906001600160a01b031681565b6102a9610446366004612555565b611401565b61023c610459366004612525565b61141d565b600254610257906001600160a01b031681565b6102a9611470565b6104f1610487366004612525565b60408051606080820183525f80835260208084018290529284018190526001600160a01b0394909416845260088252928290208251938401835280546001600160401b0381168552600160401b90046001600160c01b031691840191909152600101549082015290565b6040805182516001600160401b031681526020808401516001600160c01b0316908201529181015190820152606001610220565b5f6001600160e01b03198216635895c27b60e01b1480610549575061054982611529565b92915050565b6001600160a01b0381165f90815260086020526040812080546001600160401b03161580610589575060055481546001600160401b031614155b1561059657505f92915050565b80546001600160401b03165f9081526007602052604090206001808301546002830154918301546105c7929061154d565b949350505050565b5f9081525f5160206127c65f395f51905f52602052604090206001015490565b6105f8826105cf565b610601816115fd565b61060b8383611607565b50505050565b6001600160a01b038116331461063a5760405163334bd91960e11b815260040160405180910390fd5b6106448282611649565b505050565b5f610652611682565b805490915060ff600160401b82041615906001600160401b03165f811580156106785750825b90505f826001600160401b031660011480156106935750303b155b9050811580156106a1575080155b156106bf5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff1916600117855583156106e957845460ff60401b1916600160401b1785555b5f6106f76020880188612525565b6001600160a01b03160361073b5760405163fc03a99760e01b815260206004820152600560248201526430b236b4b760d91b60448201526064015b60405180910390fd5b5f61074c6040880160208901612525565b6001600160a01b03160361078c5760405163fc03a99760e01b81526020600482015260066024820152653132b0b1b7b760d11b6044820152606401610732565b5f61079d6060880160408901612525565b6001600160a01b0316036107e35760405163fc03a99760e01b815260206004820152600c60248201526b19195c1bdcda5d105cdcd95d60a21b6044820152606401610732565b5f6107f46080880160608901612525565b6001600160a01b0316036108385760405163fc03a99760e01b815260206004820152600a60248201526939b430b932aa37b5b2b760b11b6044820152606401610732565b5f61084960a0880160808901612525565b6001600160a01b03160361088d5760405163fc03a99760e01b815260206004820152600a60248201526931b7b73a3937b63632b960b11b6044820152606401610732565b6108956116aa565b61089d6116aa565b6108b35f6108ae6020890189612525565b611607565b506108d55f5160206127665f395f51905f526108ae6040890160208a01612525565b506108e66060870160408801612525565b5f80546001600160a01b0319166001600160a01b03929092169190911790556109156080870160608801612525565b600180546001600160a01b0319166001600160a01b039290921691909117905561094560a0870160808801612525565b600280546001600160a01b0319166001600160a01b039290921691909117905560a0860135600381905560c0870135600455604080515f815260208101929092527fc91507f537c077d3462bebc3f54fba6de821ac02526e0ef37d5cae249f57a40d910160405180910390a1604080515f815260c088013560208201527f91a5197bdd70e4b9e17ebdd91aab9f96b2a5a4cfb5010870b488963bd7a94d94910160405180910390a18315610a3357845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b5f610a446116b4565b335f908152600860205260408120805490916001600160401b0390911690819003610a845760405163d8c1c67360e01b8152336004820152602401610732565b6005548114610a9e57610a973383611721565b9250610b45565b5f8181526007602052604090206002815460ff166003811115610ac357610ac3612598565b03610ae45760405163016fefcd60e71b815260048101839052602401610732565b610aee83826117cf565b9350610afd816003015461180b565b83546001600160c01b0391909116600160401b026001600160401b03909116178355604051848152829033905f5160206127a65f395f51905f529060200160405180910390a3505b610b61610b5a6001546001600160a01b031690565b3385611842565b5050610b6b61185c565b90565b5f5f610b786116b4565b335f908152600860205260408120805490916001600160401b0390911690819003610bb85760405163d8c1c67360e01b8152336004820152602401610732565b6005548114610bd257610bcb3383611721565b9350610d06565b5f8181526007602052604090206002815460ff166003811115610bf757610bf7612598565b03610c185760405163016fefcd60e71b815260048101839052602401610732565b6001830154610c2784836117cf565b9550610c3c818360020154846001015461154d565b945080826001015f828254610c51919061268c565b9250508190555084826002015f828254610c6b919061268c565b9091555050335f8181526008602052604080822082815560010191909155518491905f5160206127a65f395f51905f5290610ca9908a815260200190565b60405180910390a36040805182815260208101879052849133917fd7bb42c65445e1e9687ab84eab87a19247ad64b7cb3845cb57720abbcc86d2ed910160405180910390a381600101545f03610d0357610d038383611886565b50505b610d22610d1b6001546001600160a01b031690565b3386611842565b610d36610b5a5f546001600160a01b031690565b5050610d4061185c565b9091565b610d6c6040805160808101909152805f81526020015f81526020015f81526020015f81525090565b5f82815260076020526040908190208151608081019092528054829060ff166003811115610d9c57610d9c612598565b6003811115610dad57610dad612598565b8152600182015460208201526002820154604082015260039091015460609091015292915050565b5f5f5f5160206127665f395f51905f52610dee816115fd565b610df66116b4565b6005545f818152600760205260409020811580610e2957506002815460ff166003811115610e2657610e26612598565b14155b15610e53576002610e386110c0565b60405163676fdeed60e11b815260040161073292919061269f565b610e618682600201546118d3565b94508415610ebd57610e72856118e2565b9350610e8b84670de0b6b3a7640000836001015461154d565b816003015f828254610e9d91906126ba565b9250508190555084816002015f828254610eb7919061268c565b90915550505b6003810154600282015460408051898152602081018990529081018790526060810192909252608082015282907fd6bc57af9bdeff672c39eb7ac8725e83883c78f01ea44f6ce017a99e3ef5bb3c9060a00160405180910390a280600201545f03610f3157610f2c8282611886565b610f3d565b805460ff191660011781555b8415610f4d57610f4d8585611969565b5050610f5761185c565b50915091565b5f610f67816115fd565b60045460408051918252602082018490527f91a5197bdd70e4b9e17ebdd91aab9f96b2a5a4cfb5010870b488963bd7a94d94910160405180910390a150600455565b5f8281525f5160206127865f395f51905f526020819052604082206105c79084611b7e565b5f610fd8816115fd565b60035460408051918252602082018490527fc91507f537c077d3462bebc3f54fba6de821ac02526e0ef37d5cae249f57a40d910160405180910390a150600355565b5f9182525f5160206127c65f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f6110596116b4565b335f90815260086020526040902080546001600160401b0316801580611080575060055481145b1561109f57604051625ce02d60e51b8152336004820152602401610732565b6110a93383611721565b9250610b61610b5a6001546001600160a01b031690565b6005545f908082036110d3575f91505090565b60025f8281526007602052604090205460ff1660038111156110f7576110f7612598565b14611103576001611106565b60025b91505090565b5f8181525f5160206127865f395f51905f52602081905260409091206060919061113590611b89565b9392505050565b5f6111456116b4565b60045482158061115457508083105b1561117c5760405163326d30cb60e11b81526004810184905260248101829052604401610732565b60055480158015906111af575060025f8281526007602052604090205460ff1660038111156111ad576111ad612598565b145b156111d05760405163016fefcd60e71b815260048101829052602401610732565b6111d984611b95565b335f90815260086020526040812080549091906001600160401b03161580159061120d575081546001600160401b03168314155b1561121f5761121c3383611721565b90505b825f036112315761122e611ce9565b92505b5f83815260076020526040902082546001600160401b031684900361128e5761125a83826117cf565b915083336001600160a01b03165f5160206127a65f395f51905f528460405161128591815260200190565b60405180910390a35b6001810154156112b0576112ab878260010154836002015461154d565b6112b2565b865b955085816001015f8282546112c791906126ba565b9250508190555086816002015f8282546112e191906126ba565b909155506112f0905084611d48565b835467ffffffffffffffff19166001600160401b03919091161783556001830180548791905f906113229084906126ba565b909155505060038101546113359061180b565b83546001600160c01b0391909116600160401b026001600160401b039091161783556040805188815260208101889052859133917f91ede45f04a37a7c170f5c1207df3b6bc748dc1e04ad5e917a241d0f52feada3910160405180910390a36113af6113a85f546001600160a01b031690565b3389611d7d565b6113cb6113c46001546001600160a01b031690565b3384611842565b50505050506113d861185c565b919050565b5f8181525f5160206127865f395f51905f5260208190526040822061113590611eaa565b61140a826105cf565b611413816115fd565b61060b8383611649565b6001600160a01b0381165f90815260086020526040812080546001600160401b0316820361144d57505f92915050565b80546001600160401b03165f9081526007602052604090206111359082906117cf565b5f5160206127665f395f51905f52611487816115fd565b61148f6116b4565b6005545f8190036114a0575061151e565b5f8181526007602052604090206002815460ff1660038111156114c5576114c5612598565b036114e65760405163016fefcd60e71b815260048101839052602401610732565b805460ff1916600217815560405182907f032bc66be43dbccb7487781d168eb7bda224628a3b2c3388bdf69b532a3a1611905f90a250505b61152661185c565b50565b5f6001600160e01b03198216635a05180f60e01b1480610549575061054982611eb3565b5f5f5f61155a8686611ee7565b91509150815f0361157e57838181611574576115746126cd565b0492505050611135565b818411611595576115956003851502601118611f03565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b6115268133611f14565b5f5f5160206127865f395f51905f52816116218585611f51565b905080156105c7575f8581526020839052604090206116409085611ff2565b50949350505050565b5f5f5160206127865f395f51905f52816116638585612006565b905080156105c7575f858152602083905260409020611640908561207f565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610549565b6116b2612093565b565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156116f457604051633ee5aeb560e01b815260040160405180910390fd5b6116b260017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906120b8565b80546001600160401b03165f8181526007602052604081209091906117479084906117cf565b6001600160a01b0385165f81815260086020526040808220828155600101919091555191935082915f5160206127a65f395f51905f529061178b9086815260200190565b60405180910390a360405181906001600160a01b038616907f17807379ba663ac6d72cbec7d33ed88347cbee7fff18c4693987cc766b8b7f18905f90a35092915050565b6001820154825460038301545f926111359290916117fd91600160401b90046001600160c01b03169061268c565b670de0b6b3a764000061154d565b5f6001600160c01b0382111561183e576040516306dfcc6560e41b815260c0600482015260248101839052604401610732565b5090565b8015610644576106446001600160a01b03841683836120bf565b6116b25f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0061171b565b805460ff1916600390811782555f60055581015460405190815282907f438f9ff5755f710bbf928d1aa14c8f8a750ac918c3161207d4f1a50b978c5a769060200160405180910390a25050565b5f828218828410028218611135565b5f61054982670de0b6b3a764000060015f9054906101000a90046001600160a01b03166001600160a01b0316633ba0b9a96040518163ffffffff1660e01b8152600401602060405180830381865afa158015611940573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061196491906126e1565b61154d565b5f80546040516370a0823160e01b81523060048201526001600160a01b03909116919082906370a0823190602401602060405180830381865afa1580156119b2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119d691906126e1565b6002549091506119f3906001600160a01b0384811691168661211e565b60025460405163dfec1d9760e01b81526001600160a01b038481166004830152602482018790529091169063dfec1d97906044015f604051808303815f87803b158015611a3e575f5ffd5b505af1158015611a50573d5f5f3e3d5ffd5b50506040516370a0823160e01b81523060048201525f92506001600160a01b03851691506370a0823190602401602060405180830381865afa158015611a98573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611abc91906126e1565b90505f818311611acc575f611ad6565b611ad6828461268c565b9050858114611b1157604051631f705c8360e21b81526001600160a01b03851660048201526024810187905260448101829052606401610732565b8415610a33576001546040516340c10f1960e01b8152306004820152602481018790526001600160a01b03909116906340c10f19906044015f604051808303815f87803b158015611b60575f5ffd5b505af1158015611b72573d5f5f3e3d5ffd5b50505050505050505050565b5f61113583836121ad565b60605f611135836121d3565b6003545f819003611ba4575050565b600154604080516318160ddd60e01b815290516001600160a01b03909216915f91611c879184916318160ddd9160048083019260209291908290030181865afa158015611bf3573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c1791906126e1565b836001600160a01b0316633ba0b9a96040518163ffffffff1660e01b8152600401602060405180830381865afa158015611c53573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c7791906126e1565b670de0b6b3a7640000600161222c565b6005545f90815260076020526040812060020154919250908590611cab90846126ba565b611cb591906126ba565b905083811115611ce25760405163387bc0ab60e21b81526004810182905260248101859052604401610732565b5050505050565b5f60065f8154611cf8906126f8565b918290555060058190555f81815260076020526040808220805460ff191660011790555191925082917fdcf229a9e6b0354c7211ef9a975466575cdf135aff4091025af625a765647f839190a290565b5f6001600160401b0382111561183e57604080516306dfcc6560e41b8152600481019190915260248101839052604401610732565b6040516370a0823160e01b81523060048201525f906001600160a01b038516906370a0823190602401602060405180830381865afa158015611dc1573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611de591906126e1565b9050611dfc6001600160a01b038516843085612277565b6040516370a0823160e01b81523060048201525f90611e6f9083906001600160a01b038816906370a0823190602401602060405180830381865afa158015611e46573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e6a91906126e1565b6122b0565b9050828114611ce257604051631f705c8360e21b81526001600160a01b03861660048201526024810184905260448101829052606401610732565b5f610549825490565b5f6001600160e01b03198216637965db0b60e01b148061054957506301ffc9a760e01b6001600160e01b0319831614610549565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b611f1e828261101a565b611f4d5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610732565b5050565b5f5f5160206127c65f395f51905f52611f6a848461101a565b611fe9575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055611f9f3390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610549565b5f915050610549565b5f611135836001600160a01b0384166122c8565b5f5f5160206127c65f395f51905f5261201f848461101a565b15611fe9575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a46001915050610549565b5f611135836001600160a01b038416612314565b61209b6123ee565b6116b257604051631afcd79f60e31b815260040160405180910390fd5b80825d5050565b6040516001600160a01b0383811660248301526044820183905261064491859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050612407565b604080516001600160a01b038416602482015260448082018490528251808303909101815260649091019091526020810180516001600160e01b031663095ea7b360e01b17905261216f8482612473565b61060b576040516001600160a01b0384811660248301525f60448301526121a391869182169063095ea7b3906064016120ec565b61060b8482612407565b5f825f0182815481106121c2576121c2612710565b905f5260205f200154905092915050565b6060815f0180548060200260200160405190810160405280929190818152602001828054801561222057602002820191905f5260205f20905b81548152602001906001019080831161220c575b50505050509050919050565b5f612259612239836124bc565b801561225457505f848061224f5761224f6126cd565b868809115b151590565b61226486868661154d565b61226e91906126ba565b95945050505050565b6040516001600160a01b03848116602483015283811660448301526064820183905261060b9186918216906323b872dd906084016120ec565b5f8282116122be575f611135565b611135838361268c565b5f81815260018301602052604081205461230d57508154600181810184555f848152602080822090930184905584548482528286019093526040902091909155610549565b505f610549565b5f8181526001830160205260408120548015611fe9575f61233660018361268c565b85549091505f906123499060019061268c565b90508082146123a8575f865f01828154811061236757612367612710565b905f5260205f200154905080875f01848154811061238757612387612710565b5f918252602080832090910192909255918252600188019052604090208390555b85548690806123b9576123b9612724565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f905560019350505050610549565b5f6123f7611682565b54600160401b900460ff16919050565b5f5f60205f8451602086015f885af180612426576040513d5f823e3d81fd5b50505f513d9150811561243d57806001141561244a565b6001600160a01b0384163b155b1561060b57604051635274afe760e01b81526001600160a01b0385166004820152602401610732565b5f5f5f5f60205f8651602088015f8a5af192503d91505f5190508280156124b2575081156124a457806001146124b2565b5f866001600160a01b03163b115b9695505050505050565b5f60028260038111156124d1576124d1612598565b6124db9190612738565b60ff166001149050919050565b5f602082840312156124f8575f5ffd5b81356001600160e01b031981168114611135575f5ffd5b80356001600160a01b03811681146113d8575f5ffd5b5f60208284031215612535575f5ffd5b6111358261250f565b5f6020828403121561254e575f5ffd5b5035919050565b5f5f60408385031215612566575f5ffd5b823591506125766020840161250f565b90509250929050565b5f60e0828403128015612590575f5ffd5b509092915050565b634e487b7160e01b5f52602160045260245ffd5b81516080820190600481106125c3576125c3612598565b8083525060208301516020830152604083015160408301526060830151606083015292915050565b5f5f604083850312156125fc575f5ffd5b50508035926020909101359150565b6003811061261b5761261b612598565b9052565b60208101610549828461260b565b602080825282518282018190525f918401906040840190835b8181101561266d5783516001600160a01b0316835260209384019390920191600101612646565b509095945050505050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561054957610549612678565b604081016126ad828561260b565b611135602083018461260b565b8082018082111561054957610549612678565b634e487b7160e01b5f52601260045260245ffd5b5f602082840312156126f1575f5ffd5b5051919050565b5f6001820161270957612709612678565b5060010190565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52603160045260245ffd5b5f60ff83168061275657634e487b7160e01b5f52601260045260245ffd5b8060ff8416069150509291505056fe3c81c3ff4cd75ed8ca5b0fe28ed5539650345ccf049a44b342b5c4beef34447fc1f6fe24621ce81ec5827caf0253cadb74709b061630e6b55e82371705932000d6f2c8500df5b44f11e9e48b91ff9f1b9d81bc496d55570c2b1b75bf65243f5102dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800";
