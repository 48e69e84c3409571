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
            "name": "scale",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "depositors",
            "type": "uint64",
            "internalType": "uint64"
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
        "name": "reward",
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
            "name": "scale",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "shares",
            "type": "uint224",
            "internalType": "uint224"
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
    "name": "rewardPerTokenAt",
    "inputs": [
      {
        "name": "id",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "scale",
        "type": "uint256",
        "internalType": "uint256"
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
    "name": "sharesOf",
    "inputs": [
      {
        "name": "user",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "shares",
        "type": "uint256",
        "internalType": "uint256"
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
    "name": "GenerationRescaled",
    "inputs": [
      {
        "name": "generation",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "scale",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "totalShares",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "finishedScaleRewardPerToken",
        "type": "uint256",
        "indexed": false,
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
    "name": "QueueInitialized",
    "inputs": [
      {
        "name": "config",
        "type": "tuple",
        "indexed": false,
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
export const subscribeQueueBytecode: `0x${string}` = "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b612a77806100d65f395ff3fe608060405234801561000f575f5ffd5b50600436106101f2575f3560e01c80638ddb428a11610114578063b6b55f25116100a9578063f40f0f5211610079578063f40f0f521461040d578063f5eb42dc14610420578063f77c479114610433578063f83d08ba14610446578063fd2d39c51461044e575f5ffd5b8063b6b55f25146103c2578063ccc41f24146103d5578063d547741f146103e7578063e4248d89146103fa575f5ffd5b806391d14854116100e457806391d148541461038b57806399f0dfbf1461039e5780639b1f7dc2146103a6578063a217fddf146103bb575f5ffd5b80638ddb428a146103495780638df82800146103525780638fcc9cfb1461036557806391915ef814610378575f5ffd5b806341b3d1851161018a57806366e5d14c1161015a57806366e5d14c146102e95780636c9fa59e146103065780637158da7c146103195780637d71dc3514610329575f5ffd5b806341b3d185146102c657806347697a04146102cf5780634e71d92d146102d85780635cfc1a51146102e0575f5ffd5b8063248a9ca3116101c5578063248a9ca3146102785780632f2ff15d1461028b57806336568abe146102a05780633b592079146102b3575f5ffd5b806301ffc9a7146101f6578063078fe3011461021e5780630ac6702a1461023f5780631c02580614610264575b5f5ffd5b6102096102043660046126fe565b610547565b60405190151581526020015b60405180910390f35b61023161022c36600461273b565b610571565b604051908152602001610215565b6001546001600160a01b03165b6040516001600160a01b039091168152602001610215565b6102315f516020612a175f395f51905f5281565b610231610286366004612754565b610620565b61029e61029936600461276b565b610640565b005b61029e6102ae36600461276b565b610662565b61029e6102c1366004612795565b61069a565b61023160045481565b61023160065481565b610231610ad9565b61023160035481565b6102f1610c79565b60408051928352602083019190915201610215565b60015461024c906001600160a01b031681565b5f546001600160a01b031661024c565b61033c610337366004612754565b610ec2565b60405161021591906127c2565b61023160055481565b6102f1610360366004612754565b610f83565b61029e610373366004612754565b611142565b61029e610386366004612754565b61118e565b61020961039936600461276b565b6111da565b610231611210565b6103ae611280565b6040516102159190612838565b6102315f81565b6102316103d0366004612754565b6112cc565b5f5461024c906001600160a01b031681565b61029e6103f536600461276b565b6115d9565b610231610408366004612846565b6115f5565b61023161041b36600461273b565b611641565b61023161042e36600461273b565b611696565b60025461024c906001600160a01b031681565b61029e6116eb565b6104f361045c36600461273b565b604080516080810182525f808252602082018190529181018290526060810191909152506001600160a01b03165f90815260086020908152604091829020825160808101845281546001600160401b0381168252600160401b90046001600160c01b0316928101929092526001015463ffffffff8116928201929092526401000000009091046001600160e01b0316606082015290565b604051610215919081516001600160401b031681526020808301516001600160c01b03169082015260408083015163ffffffff16908201526060918201516001600160e01b03169181019190915260800190565b5f6001600160e01b031982166324ad069760e11b148061056b575061056b826117a4565b92915050565b6001600160a01b0381165f90815260086020526040812080546001600160401b03168015806105a257506005548114155b156105b057505f9392505050565b5f8181526007602052604090208054600160281b90046001600160401b03166001036105e25760020154949350505050565b5f6105ee8484846117d8565b91505081600101545f146106145761060f8183600201548460010154611939565b610616565b5f5b9695505050505050565b5f9081525f516020612a575f395f51905f52602052604090206001015490565b61064982610620565b610652816119ea565b61065c83836119f4565b50505050565b6001600160a01b038116331461068b5760405163334bd91960e11b815260040160405180910390fd5b6106958282611a95565b505050565b5f6106a3611b0e565b805490915060ff600160401b82041615906001600160401b03165f811580156106c95750825b90505f826001600160401b031660011480156106e45750303b155b9050811580156106f2575080155b156107105760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561073a57845460ff60401b1916600160401b1785555b5f610748602088018861273b565b6001600160a01b03160361078c5760405163fc03a99760e01b815260206004820152600560248201526430b236b4b760d91b60448201526064015b60405180910390fd5b5f61079d604088016020890161273b565b6001600160a01b0316036107dd5760405163fc03a99760e01b81526020600482015260066024820152653132b0b1b7b760d11b6044820152606401610783565b5f6107ee606088016040890161273b565b6001600160a01b0316036108345760405163fc03a99760e01b815260206004820152600c60248201526b19195c1bdcda5d105cdcd95d60a21b6044820152606401610783565b5f610845608088016060890161273b565b6001600160a01b0316036108895760405163fc03a99760e01b815260206004820152600a60248201526939b430b932aa37b5b2b760b11b6044820152606401610783565b5f61089a60a088016080890161273b565b6001600160a01b0316036108de5760405163fc03a99760e01b815260206004820152600a60248201526931b7b73a3937b63632b960b11b6044820152606401610783565b6108e6611b36565b6108ee611b36565b6109045f6108ff602089018961273b565b6119f4565b506109265f516020612a175f395f51905f526108ff6040890160208a0161273b565b50610937606087016040880161273b565b5f80546001600160a01b0319166001600160a01b0392909216919091179055610966608087016060880161273b565b600180546001600160a01b0319166001600160a01b039290921691909117905561099660a087016080880161273b565b600280546001600160a01b0319166001600160a01b039290921691909117905560a0860135156109c95760a08601356003555b60c0860135156109dc5760c08601356004555b7ff7a72338cb8cea60676daf376a1ee7bcef22f78104d5739d6b234e20136c96c586604051610a0b9190612866565b60405180910390a1604080515f815260a088013560208201527fc91507f537c077d3462bebc3f54fba6de821ac02526e0ef37d5cae249f57a40d910160405180910390a1604080515f815260c088013560208201527f91a5197bdd70e4b9e17ebdd91aab9f96b2a5a4cfb5010870b488963bd7a94d94910160405180910390a18315610ad157845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b5f610ae2611b40565b335f908152600860205260408120805490916001600160401b0390911690819003610b225760405163d8c1c67360e01b8152336004820152602401610783565b6005548114610b3c57610b353383611bad565b9250610c50565b5f8181526007602052604090206002815460ff166003811115610b6157610b616127ae565b03610b825760405163016fefcd60e71b815260048101839052602401610783565b5f610b8e8484846117d8565b60038401549196509150610ba190611c5e565b84546001600160c01b0391909116600160401b026001600160401b039091161784558154600185015463ffffffff610100909204821691168114610c285760018501805463ffffffff191663ffffffff8316179055610bff82611c95565b8560010160046101000a8154816001600160e01b0302191690836001600160e01b031602179055505b604051868152849033905f516020612a375f395f51905f529060200160405180910390a35050505b610c6c610c656001546001600160a01b031690565b3385611cc8565b5050610c76611ce2565b90565b5f5f610c83611b40565b335f908152600860205260408120805490916001600160401b0390911690819003610cc35760405163d8c1c67360e01b8152336004820152602401610783565b6005548114610cdd57610cd63383611bad565b9350610e84565b5f8181526007602052604090206002815460ff166003811115610d0257610d026127ae565b03610d235760405163016fefcd60e71b815260048101839052602401610783565b5f610d2f8484846117d8565b835491975091505f90610d5490600190600160281b90046001600160401b0316612915565b83546cffffffffffffffff00000000001916600160281b6001600160401b0383169081029190911785559091505f03610d9f576002830180545f600186018190559091559550610de8565b60018301548015610dbc57610db983856002015483611939565b96505b610dc68382612934565b846001018190555086846002015f828254610de19190612934565b9091555050505b335f8181526008602052604080822082815560010191909155518591905f516020612a375f395f51905f5290610e21908b815260200190565b60405180910390a36040805183815260208101889052859133917fd7bb42c65445e1e9687ab84eab87a19247ad64b7cb3845cb57720abbcc86d2ed910160405180910390a3806001600160401b03165f03610e8057610e808484611d0c565b5050505b610ea0610e996001546001600160a01b031690565b3386611cc8565b610eb4610c655f546001600160a01b031690565b5050610ebe611ce2565b9091565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091525f8281526007602052604090819020815160c081019092528054829060ff166003811115610f2357610f236127ae565b6003811115610f3457610f346127ae565b81528154610100810463ffffffff166020830152600160281b90046001600160401b03166040820152600182015460608201526002820154608082015260039091015460a09091015292915050565b5f5f5f516020612a175f395f51905f52610f9c816119ea565b610fa4611b40565b6005545f818152600760205260409020811580610fd757506002815460ff166003811115610fd457610fd46127ae565b14155b15611001576002610fe6611280565b60405163676fdeed60e11b8152600401610783929190612947565b60028101546110108782611d59565b9550851561102c5761102986611024611d68565b611d59565b95505b600182015486156110885761104087611e80565b955061105c866ec097ce7bc90715b34b9f100000000083611939565b836003015f82825461106e9190612962565b9091555061107e90508783612934565b6002840181905591505b6003830154604080518a8152602081018a905290810188905260608101919091526080810183905284907fd6bc57af9bdeff672c39eb7ac8725e83883c78f01ea44f6ce017a99e3ef5bb3c9060a00160405180910390a2815f036110f5576110f08484611d0c565b611120565b825460ff191660011783558161110f633b9aca0083612989565b106111205761112084848385611f07565b8615611130576111308787611fe4565b5050505061113c611ce2565b50915091565b5f61114c816119ea565b60045460408051918252602082018490527f91a5197bdd70e4b9e17ebdd91aab9f96b2a5a4cfb5010870b488963bd7a94d94910160405180910390a150600455565b5f611198816119ea565b60035460408051918252602082018490527fc91507f537c077d3462bebc3f54fba6de821ac02526e0ef37d5cae249f57a40d910160405180910390a150600355565b5f9182525f516020612a575f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f611219611b40565b335f90815260086020526040902080546001600160401b0316801580611240575060055481145b1561125f57604051625ce02d60e51b8152336004820152602401610783565b6112693383611bad565b9250610c6c610c656001546001600160a01b031690565b6005545f90808203611293575f91505090565b60025f8281526007602052604090205460ff1660038111156112b7576112b76127ae565b146112c35760016112c6565b60025b91505090565b5f6112d5611b40565b6004548215806112e457508083105b1561130c5760405163326d30cb60e11b81526004810184905260248101829052604401610783565b600554801580159061133f575060025f8281526007602052604090205460ff16600381111561133d5761133d6127ae565b145b156113605760405163016fefcd60e71b815260048101829052602401610783565b335f90815260086020526040812080549091906001600160401b031615801590611394575081546001600160401b03168314155b156113a6576113a33383611bad565b90505b825f036113b8576113b56121f9565b92505b5f83815260076020526040812083549091906001600160401b0316859003611413576113e58486846117d8565b6040518281529194509150859033905f516020612a375f395f51905f529060200160405180910390a3611458565b8154829060059061143390600160281b90046001600160401b031661299c565b91906101000a8154816001600160401b0302191690836001600160401b031602179055505b600182015480156114775761147289828560020154611939565b611479565b885b97506114858882612962565b836001018190555088836002015f8282546114a09190612962565b909155506114af905086612258565b855467ffffffffffffffff19166001600160401b039190911617855560038301546114d990611c5e565b85546001600160c01b0391909116600160401b026001600160401b03909116178555825460018601805463ffffffff191663ffffffff6101009093049290921691909117905561153161152c8984612962565b611c95565b6001860180546001600160e01b03929092166401000000000263ffffffff909216919091179055604080518a8152602081018a9052879133917f91ede45f04a37a7c170f5c1207df3b6bc748dc1e04ad5e917a241d0f52feada3910160405180910390a36115b06115a95f546001600160a01b031690565b338b61228d565b6115c5610e996001546001600160a01b031690565b505050505050506115d4611ce2565b919050565b6115e282610620565b6115eb816119ea565b61065c8383611a95565b5f8281526007602052604081208054610100900463ffffffff168314611633575f848152600960209081526040808320868452909152902054611639565b80600301545b949350505050565b6001600160a01b0381165f90815260086020526040812080546001600160401b031680830361167357505f9392505050565b5f81815260076020526040902061168d90839083906117d8565b50949350505050565b6001600160a01b0381165f90815260086020526040812080546001600160401b03168083036116c857505f9392505050565b5f8181526007602052604090206116e290839083906117d8565b95945050505050565b5f516020612a175f395f51905f52611702816119ea565b61170a611b40565b6005545f81900361171b5750611799565b5f8181526007602052604090206002815460ff166003811115611740576117406127ae565b036117615760405163016fefcd60e71b815260048101839052602401610783565b805460ff1916600217815560405182907f032bc66be43dbccb7487781d168eb7bda224628a3b2c3388bdf69b532a3a1611905f90a250505b6117a1611ce2565b50565b5f6001600160e01b03198216637965db0b60e01b148061056b57506301ffc9a760e01b6001600160e01b031983161461056b565b600183015481545f916001600160e01b036401000000008204169163ffffffff918216916101009091041680820361184f578654600386015461184691859161183191600160401b90046001600160c01b031690612934565b6ec097ce7bc90715b34b9f1000000000611939565b93505050611931565b86545f87815260096020908152604080832086845290915290205461188a91859161183191600160401b90046001600160c01b031690612934565b93505f61189c82611024600986612962565b90505b80831015611922576118b0836129c6565b92506118c0633b9aca0085612989565b93508315611922575f8284146118ee575f8881526009602090815260408083208784529091529020546118f4565b86600301545b905061191085826ec097ce7bc90715b34b9f1000000000611939565b61191a9087612962565b95505061189f565b81831461192d575f93505b5050505b935093915050565b5f5f5f61194686866123c1565b91509150815f0361196a5783818161196057611960612975565b04925050506119e3565b8184116119815761198160038515026011186123dd565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150505b9392505050565b6117a181336123ee565b5f5f516020612a575f395f51905f52611a0d84846111da565b611a8c575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055611a423390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4600191505061056b565b5f91505061056b565b5f5f516020612a575f395f51905f52611aae84846111da565b15611a8c575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4600191505061056b565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a0061056b565b611b3e61242b565b565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611b8057604051633ee5aeb560e01b815260040160405180910390fd5b611b3e60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612450565b80546001600160401b03165f818152600760205260408120909190611bd590849083906117d8565b506001600160a01b0385165f81815260086020526040808220828155600101919091555191935082915f516020612a375f395f51905f5290611c1a9086815260200190565b60405180910390a360405181906001600160a01b038616907f17807379ba663ac6d72cbec7d33ed88347cbee7fff18c4693987cc766b8b7f18905f90a35092915050565b5f6001600160c01b03821115611c91576040516306dfcc6560e41b815260c0600482015260248101839052604401610783565b5090565b5f6001600160e01b03821115611c91576040516306dfcc6560e41b815260e0600482015260248101839052604401610783565b8015610695576106956001600160a01b0384168383612457565b611b3e5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611ba7565b805460ff1916600390811782555f60055581015460405190815282907f438f9ff5755f710bbf928d1aa14c8f8a750ac918c3161207d4f1a50b978c5a769060200160405180910390a25050565b5f8282188284100282186119e3565b6003545f90808203611d7c575f1991505090565b600154604080516318160ddd60e01b815290516001600160a01b03909216915f91611e5f9184916318160ddd9160048083019260209291908290030181865afa158015611dcb573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611def91906129de565b836001600160a01b0316633ba0b9a96040518163ffffffff1660e01b8152600401602060405180830381865afa158015611e2b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e4f91906129de565b670de0b6b3a764000060016124b6565b9050808311611e6e575f611e78565b611e788184612934565b935050505090565b5f61056b82670de0b6b3a764000060015f9054906101000a90046001600160a01b03166001600160a01b0316633ba0b9a96040518163ffffffff1660e01b8152600401602060405180830381865afa158015611ede573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611f0291906129de565b611939565b825460038401545f86815260096020908152604080832061010090950463ffffffff168084529490915290208190555b611f45633b9aca0085612989565b9350611f50826129c6565b915082611f61633b9aca0086612989565b1015611f3757611f70826124f8565b855463ffffffff919091166101000264ffffffff0019909116178555600185018490555f6003860155604080518381526020810186905290810182905286907fc64a34b4902812dd190b648fdff8fe3156fc35730a0f27068b63e70598a45a019060600160405180910390a2505050505050565b5f80546040516370a0823160e01b81523060048201526001600160a01b03909116919082906370a0823190602401602060405180830381865afa15801561202d573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061205191906129de565b60025490915061206e906001600160a01b03848116911686612528565b60025460405163dfec1d9760e01b81526001600160a01b038481166004830152602482018790529091169063dfec1d97906044015f604051808303815f87803b1580156120b9575f5ffd5b505af11580156120cb573d5f5f3e3d5ffd5b50506040516370a0823160e01b81523060048201525f92506001600160a01b03851691506370a0823190602401602060405180830381865afa158015612113573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061213791906129de565b90505f818311612147575f612151565b6121518284612934565b905085811461218c57604051631f705c8360e21b81526001600160a01b03851660048201526024810187905260448101829052606401610783565b8415610ad1576001546040516340c10f1960e01b8152306004820152602481018790526001600160a01b03909116906340c10f19906044015f604051808303815f87803b1580156121db575f5ffd5b505af11580156121ed573d5f5f3e3d5ffd5b50505050505050505050565b5f60065f8154612208906129c6565b918290555060058190555f81815260076020526040808220805460ff191660011790555191925082917fdcf229a9e6b0354c7211ef9a975466575cdf135aff4091025af625a765647f839190a290565b5f6001600160401b03821115611c9157604080516306dfcc6560e41b8152600481019190915260248101839052604401610783565b6040516370a0823160e01b81523060048201525f906001600160a01b038516906370a0823190602401602060405180830381865afa1580156122d1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906122f591906129de565b905061230c6001600160a01b0385168430856125b7565b6040516370a0823160e01b81523060048201525f9061237f9083906001600160a01b038816906370a0823190602401602060405180830381865afa158015612356573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061237a91906129de565b6125f0565b90508281146123ba57604051631f705c8360e21b81526001600160a01b03861660048201526024810184905260448101829052606401610783565b5050505050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6123f882826111da565b6124275760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610783565b5050565b612433612608565b611b3e57604051631afcd79f60e31b815260040160405180910390fd5b80825d5050565b6040516001600160a01b0383811660248301526044820183905261069591859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050612621565b5f6124e36124c38361268d565b80156124de57505f84806124d9576124d9612975565b868809115b151590565b6124ee868686611939565b6116e29190612962565b5f63ffffffff821115611c91576040516306dfcc6560e41b81526020600482015260248101839052604401610783565b604080516001600160a01b038416602482015260448082018490528251808303909101815260649091019091526020810180516001600160e01b031663095ea7b360e01b17905261257984826126b9565b61065c576040516001600160a01b0384811660248301525f60448301526125ad91869182169063095ea7b390606401612484565b61065c8482612621565b6040516001600160a01b03848116602483015283811660448301526064820183905261065c9186918216906323b872dd90608401612484565b5f8282116125fe575f6119e3565b6119e38383612934565b5f612611611b0e565b54600160401b900460ff16919050565b5f5f60205f8451602086015f885af180612640576040513d5f823e3d81fd5b50505f513d91508115612657578060011415612664565b6001600160a01b0384163b155b1561065c57604051635274afe760e01b81526001600160a01b0385166004820152602401610783565b5f60028260038111156126a2576126a26127ae565b6126ac91906129f5565b60ff166001149050919050565b5f5f5f5f60205f8651602088015f8a5af192503d91505f519050828015610616575081156126ea5780600114610616565b50505050506001600160a01b03163b151590565b5f6020828403121561270e575f5ffd5b81356001600160e01b0319811681146119e3575f5ffd5b80356001600160a01b03811681146115d4575f5ffd5b5f6020828403121561274b575f5ffd5b6119e382612725565b5f60208284031215612764575f5ffd5b5035919050565b5f5f6040838503121561277c575f5ffd5b8235915061278c60208401612725565b90509250929050565b5f60e08284031280156127a6575f5ffd5b509092915050565b634e487b7160e01b5f52602160045260245ffd5b815160c0820190600481106127d9576127d96127ae565b8083525063ffffffff60208401511660208301526001600160401b036040840151166040830152606083015160608301526080830151608083015260a083015160a083015292915050565b60038110612834576128346127ae565b9052565b6020810161056b8284612824565b5f5f60408385031215612857575f5ffd5b50508035926020909101359150565b60e081016001600160a01b0361287b84612725565b1682526001600160a01b0361289260208501612725565b1660208301526001600160a01b036128ac60408501612725565b1660408301526001600160a01b036128c660608501612725565b1660608301526001600160a01b036128e060808501612725565b16608083015260a0838101359083015260c092830135929091019190915290565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b03828116828216039081111561056b5761056b612901565b8181038181111561056b5761056b612901565b604081016129558285612824565b6119e36020830184612824565b8082018082111561056b5761056b612901565b634e487b7160e01b5f52601260045260245ffd5b5f8261299757612997612975565b500490565b5f6001600160401b0382166001600160401b0381036129bd576129bd612901565b60010192915050565b5f600182016129d7576129d7612901565b5060010190565b5f602082840312156129ee575f5ffd5b5051919050565b5f60ff831680612a0757612a07612975565b8060ff8416069150509291505056fe3c81c3ff4cd75ed8ca5b0fe28ed5539650345ccf049a44b342b5c4beef34447fd6f2c8500df5b44f11e9e48b91ff9f1b9d81bc496d55570c2b1b75bf65243f5102dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800";
