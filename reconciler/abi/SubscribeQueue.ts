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
export const subscribeQueueBytecode: `0x${string}` = "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b612a62806100d65f395ff3fe608060405234801561000f575f5ffd5b50600436106101f2575f3560e01c80638ddb428a11610114578063b6b55f25116100a9578063f40f0f5211610079578063f40f0f521461040d578063f5eb42dc14610420578063f77c479114610433578063f83d08ba14610446578063fd2d39c51461044e575f5ffd5b8063b6b55f25146103c2578063ccc41f24146103d5578063d547741f146103e7578063e4248d89146103fa575f5ffd5b806391d14854116100e457806391d148541461038b57806399f0dfbf1461039e5780639b1f7dc2146103a6578063a217fddf146103bb575f5ffd5b80638ddb428a146103495780638df82800146103525780638fcc9cfb1461036557806391915ef814610378575f5ffd5b806341b3d1851161018a57806366e5d14c1161015a57806366e5d14c146102e95780636c9fa59e146103065780637158da7c146103195780637d71dc3514610329575f5ffd5b806341b3d185146102c657806347697a04146102cf5780634e71d92d146102d85780635cfc1a51146102e0575f5ffd5b8063248a9ca3116101c5578063248a9ca3146102785780632f2ff15d1461028b57806336568abe146102a05780633b592079146102b3575f5ffd5b806301ffc9a7146101f6578063078fe3011461021e5780630ac6702a1461023f5780631c02580614610264575b5f5ffd5b6102096102043660046126e9565b610547565b60405190151581526020015b60405180910390f35b61023161022c366004612726565b610571565b604051908152602001610215565b6001546001600160a01b03165b6040516001600160a01b039091168152602001610215565b6102315f516020612a025f395f51905f5281565b61023161028636600461273f565b610620565b61029e610299366004612756565b610640565b005b61029e6102ae366004612756565b610662565b61029e6102c1366004612780565b61069a565b61023160045481565b61023160065481565b610231610ac4565b61023160035481565b6102f1610c64565b60408051928352602083019190915201610215565b60015461024c906001600160a01b031681565b5f546001600160a01b031661024c565b61033c61033736600461273f565b610ead565b60405161021591906127ad565b61023160055481565b6102f161036036600461273f565b610f6e565b61029e61037336600461273f565b61112d565b61029e61038636600461273f565b611179565b610209610399366004612756565b6111c5565b6102316111fb565b6103ae61126b565b6040516102159190612823565b6102315f81565b6102316103d036600461273f565b6112b7565b5f5461024c906001600160a01b031681565b61029e6103f5366004612756565b6115c4565b610231610408366004612831565b6115e0565b61023161041b366004612726565b61162c565b61023161042e366004612726565b611681565b60025461024c906001600160a01b031681565b61029e6116d6565b6104f361045c366004612726565b604080516080810182525f808252602082018190529181018290526060810191909152506001600160a01b03165f90815260086020908152604091829020825160808101845281546001600160401b0381168252600160401b90046001600160c01b0316928101929092526001015463ffffffff8116928201929092526401000000009091046001600160e01b0316606082015290565b604051610215919081516001600160401b031681526020808301516001600160c01b03169082015260408083015163ffffffff16908201526060918201516001600160e01b03169181019190915260800190565b5f6001600160e01b031982166324ad069760e11b148061056b575061056b8261178f565b92915050565b6001600160a01b0381165f90815260086020526040812080546001600160401b03168015806105a257506005548114155b156105b057505f9392505050565b5f8181526007602052604090208054600160281b90046001600160401b03166001036105e25760020154949350505050565b5f6105ee8484846117c3565b91505081600101545f146106145761060f8183600201548460010154611924565b610616565b5f5b9695505050505050565b5f9081525f516020612a425f395f51905f52602052604090206001015490565b61064982610620565b610652816119d5565b61065c83836119df565b50505050565b6001600160a01b038116331461068b5760405163334bd91960e11b815260040160405180910390fd5b6106958282611a80565b505050565b5f6106a3611af9565b805490915060ff600160401b82041615906001600160401b03165f811580156106c95750825b90505f826001600160401b031660011480156106e45750303b155b9050811580156106f2575080155b156107105760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561073a57845460ff60401b1916600160401b1785555b5f6107486020880188612726565b6001600160a01b03160361078c5760405163fc03a99760e01b815260206004820152600560248201526430b236b4b760d91b60448201526064015b60405180910390fd5b5f61079d6040880160208901612726565b6001600160a01b0316036107dd5760405163fc03a99760e01b81526020600482015260066024820152653132b0b1b7b760d11b6044820152606401610783565b5f6107ee6060880160408901612726565b6001600160a01b0316036108345760405163fc03a99760e01b815260206004820152600c60248201526b19195c1bdcda5d105cdcd95d60a21b6044820152606401610783565b5f6108456080880160608901612726565b6001600160a01b0316036108895760405163fc03a99760e01b815260206004820152600a60248201526939b430b932aa37b5b2b760b11b6044820152606401610783565b5f61089a60a0880160808901612726565b6001600160a01b0316036108de5760405163fc03a99760e01b815260206004820152600a60248201526931b7b73a3937b63632b960b11b6044820152606401610783565b6108e6611b21565b6108ee611b21565b6109045f6108ff6020890189612726565b6119df565b506109265f516020612a025f395f51905f526108ff6040890160208a01612726565b506109376060870160408801612726565b5f80546001600160a01b0319166001600160a01b03929092169190911790556109666080870160608801612726565b600180546001600160a01b0319166001600160a01b039290921691909117905561099660a0870160808801612726565b600280546001600160a01b0319166001600160a01b039290921691909117905560a086013560035560c08601356004556040517ff7a72338cb8cea60676daf376a1ee7bcef22f78104d5739d6b234e20136c96c5906109f6908890612851565b60405180910390a1604080515f815260a088013560208201527fc91507f537c077d3462bebc3f54fba6de821ac02526e0ef37d5cae249f57a40d910160405180910390a1604080515f815260c088013560208201527f91a5197bdd70e4b9e17ebdd91aab9f96b2a5a4cfb5010870b488963bd7a94d94910160405180910390a18315610abc57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b5f610acd611b2b565b335f908152600860205260408120805490916001600160401b0390911690819003610b0d5760405163d8c1c67360e01b8152336004820152602401610783565b6005548114610b2757610b203383611b98565b9250610c3b565b5f8181526007602052604090206002815460ff166003811115610b4c57610b4c612799565b03610b6d5760405163016fefcd60e71b815260048101839052602401610783565b5f610b798484846117c3565b60038401549196509150610b8c90611c49565b84546001600160c01b0391909116600160401b026001600160401b039091161784558154600185015463ffffffff610100909204821691168114610c135760018501805463ffffffff191663ffffffff8316179055610bea82611c80565b8560010160046101000a8154816001600160e01b0302191690836001600160e01b031602179055505b604051868152849033905f516020612a225f395f51905f529060200160405180910390a35050505b610c57610c506001546001600160a01b031690565b3385611cb3565b5050610c61611ccd565b90565b5f5f610c6e611b2b565b335f908152600860205260408120805490916001600160401b0390911690819003610cae5760405163d8c1c67360e01b8152336004820152602401610783565b6005548114610cc857610cc13383611b98565b9350610e6f565b5f8181526007602052604090206002815460ff166003811115610ced57610ced612799565b03610d0e5760405163016fefcd60e71b815260048101839052602401610783565b5f610d1a8484846117c3565b835491975091505f90610d3f90600190600160281b90046001600160401b0316612900565b83546cffffffffffffffff00000000001916600160281b6001600160401b0383169081029190911785559091505f03610d8a576002830180545f600186018190559091559550610dd3565b60018301548015610da757610da483856002015483611924565b96505b610db1838261291f565b846001018190555086846002015f828254610dcc919061291f565b9091555050505b335f8181526008602052604080822082815560010191909155518591905f516020612a225f395f51905f5290610e0c908b815260200190565b60405180910390a36040805183815260208101889052859133917fd7bb42c65445e1e9687ab84eab87a19247ad64b7cb3845cb57720abbcc86d2ed910160405180910390a3806001600160401b03165f03610e6b57610e6b8484611cf7565b5050505b610e8b610e846001546001600160a01b031690565b3386611cb3565b610e9f610c505f546001600160a01b031690565b5050610ea9611ccd565b9091565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091525f8281526007602052604090819020815160c081019092528054829060ff166003811115610f0e57610f0e612799565b6003811115610f1f57610f1f612799565b81528154610100810463ffffffff166020830152600160281b90046001600160401b03166040820152600182015460608201526002820154608082015260039091015460a09091015292915050565b5f5f5f516020612a025f395f51905f52610f87816119d5565b610f8f611b2b565b6005545f818152600760205260409020811580610fc257506002815460ff166003811115610fbf57610fbf612799565b14155b15610fec576002610fd161126b565b60405163676fdeed60e11b8152600401610783929190612932565b6002810154610ffb8782611d44565b95508515611017576110148661100f611d53565b611d44565b95505b600182015486156110735761102b87611e6b565b9550611047866ec097ce7bc90715b34b9f100000000083611924565b836003015f828254611059919061294d565b909155506110699050878361291f565b6002840181905591505b6003830154604080518a8152602081018a905290810188905260608101919091526080810183905284907fd6bc57af9bdeff672c39eb7ac8725e83883c78f01ea44f6ce017a99e3ef5bb3c9060a00160405180910390a2815f036110e0576110db8484611cf7565b61110b565b825460ff19166001178355816110fa633b9aca0083612974565b1061110b5761110b84848385611ef2565b861561111b5761111b8787611fcf565b50505050611127611ccd565b50915091565b5f611137816119d5565b60045460408051918252602082018490527f91a5197bdd70e4b9e17ebdd91aab9f96b2a5a4cfb5010870b488963bd7a94d94910160405180910390a150600455565b5f611183816119d5565b60035460408051918252602082018490527fc91507f537c077d3462bebc3f54fba6de821ac02526e0ef37d5cae249f57a40d910160405180910390a150600355565b5f9182525f516020612a425f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f611204611b2b565b335f90815260086020526040902080546001600160401b031680158061122b575060055481145b1561124a57604051625ce02d60e51b8152336004820152602401610783565b6112543383611b98565b9250610c57610c506001546001600160a01b031690565b6005545f9080820361127e575f91505090565b60025f8281526007602052604090205460ff1660038111156112a2576112a2612799565b146112ae5760016112b1565b60025b91505090565b5f6112c0611b2b565b6004548215806112cf57508083105b156112f75760405163326d30cb60e11b81526004810184905260248101829052604401610783565b600554801580159061132a575060025f8281526007602052604090205460ff16600381111561132857611328612799565b145b1561134b5760405163016fefcd60e71b815260048101829052602401610783565b335f90815260086020526040812080549091906001600160401b03161580159061137f575081546001600160401b03168314155b156113915761138e3383611b98565b90505b825f036113a3576113a06121e4565b92505b5f83815260076020526040812083549091906001600160401b03168590036113fe576113d08486846117c3565b6040518281529194509150859033905f516020612a225f395f51905f529060200160405180910390a3611443565b8154829060059061141e90600160281b90046001600160401b0316612987565b91906101000a8154816001600160401b0302191690836001600160401b031602179055505b600182015480156114625761145d89828560020154611924565b611464565b885b9750611470888261294d565b836001018190555088836002015f82825461148b919061294d565b9091555061149a905086612243565b855467ffffffffffffffff19166001600160401b039190911617855560038301546114c490611c49565b85546001600160c01b0391909116600160401b026001600160401b03909116178555825460018601805463ffffffff191663ffffffff6101009093049290921691909117905561151c611517898461294d565b611c80565b6001860180546001600160e01b03929092166401000000000263ffffffff909216919091179055604080518a8152602081018a9052879133917f91ede45f04a37a7c170f5c1207df3b6bc748dc1e04ad5e917a241d0f52feada3910160405180910390a361159b6115945f546001600160a01b031690565b338b612278565b6115b0610e846001546001600160a01b031690565b505050505050506115bf611ccd565b919050565b6115cd82610620565b6115d6816119d5565b61065c8383611a80565b5f8281526007602052604081208054610100900463ffffffff16831461161e575f848152600960209081526040808320868452909152902054611624565b80600301545b949350505050565b6001600160a01b0381165f90815260086020526040812080546001600160401b031680830361165e57505f9392505050565b5f81815260076020526040902061167890839083906117c3565b50949350505050565b6001600160a01b0381165f90815260086020526040812080546001600160401b03168083036116b357505f9392505050565b5f8181526007602052604090206116cd90839083906117c3565b95945050505050565b5f516020612a025f395f51905f526116ed816119d5565b6116f5611b2b565b6005545f8190036117065750611784565b5f8181526007602052604090206002815460ff16600381111561172b5761172b612799565b0361174c5760405163016fefcd60e71b815260048101839052602401610783565b805460ff1916600217815560405182907f032bc66be43dbccb7487781d168eb7bda224628a3b2c3388bdf69b532a3a1611905f90a250505b61178c611ccd565b50565b5f6001600160e01b03198216637965db0b60e01b148061056b57506301ffc9a760e01b6001600160e01b031983161461056b565b600183015481545f916001600160e01b036401000000008204169163ffffffff918216916101009091041680820361183a578654600386015461183191859161181c91600160401b90046001600160c01b03169061291f565b6ec097ce7bc90715b34b9f1000000000611924565b9350505061191c565b86545f87815260096020908152604080832086845290915290205461187591859161181c91600160401b90046001600160c01b03169061291f565b93505f6118878261100f60098661294d565b90505b8083101561190d5761189b836129b1565b92506118ab633b9aca0085612974565b9350831561190d575f8284146118d9575f8881526009602090815260408083208784529091529020546118df565b86600301545b90506118fb85826ec097ce7bc90715b34b9f1000000000611924565b611905908761294d565b95505061188a565b818314611918575f93505b5050505b935093915050565b5f5f5f61193186866123ac565b91509150815f036119555783818161194b5761194b612960565b04925050506119ce565b81841161196c5761196c60038515026011186123c8565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150505b9392505050565b61178c81336123d9565b5f5f516020612a425f395f51905f526119f884846111c5565b611a77575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055611a2d3390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4600191505061056b565b5f91505061056b565b5f5f516020612a425f395f51905f52611a9984846111c5565b15611a77575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4600191505061056b565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a0061056b565b611b29612416565b565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611b6b57604051633ee5aeb560e01b815260040160405180910390fd5b611b2960017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b9061243b565b80546001600160401b03165f818152600760205260408120909190611bc090849083906117c3565b506001600160a01b0385165f81815260086020526040808220828155600101919091555191935082915f516020612a225f395f51905f5290611c059086815260200190565b60405180910390a360405181906001600160a01b038616907f17807379ba663ac6d72cbec7d33ed88347cbee7fff18c4693987cc766b8b7f18905f90a35092915050565b5f6001600160c01b03821115611c7c576040516306dfcc6560e41b815260c0600482015260248101839052604401610783565b5090565b5f6001600160e01b03821115611c7c576040516306dfcc6560e41b815260e0600482015260248101839052604401610783565b8015610695576106956001600160a01b0384168383612442565b611b295f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611b92565b805460ff1916600390811782555f60055581015460405190815282907f438f9ff5755f710bbf928d1aa14c8f8a750ac918c3161207d4f1a50b978c5a769060200160405180910390a25050565b5f8282188284100282186119ce565b6003545f90808203611d67575f1991505090565b600154604080516318160ddd60e01b815290516001600160a01b03909216915f91611e4a9184916318160ddd9160048083019260209291908290030181865afa158015611db6573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611dda91906129c9565b836001600160a01b0316633ba0b9a96040518163ffffffff1660e01b8152600401602060405180830381865afa158015611e16573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e3a91906129c9565b670de0b6b3a764000060016124a1565b9050808311611e59575f611e63565b611e63818461291f565b935050505090565b5f61056b82670de0b6b3a764000060015f9054906101000a90046001600160a01b03166001600160a01b0316633ba0b9a96040518163ffffffff1660e01b8152600401602060405180830381865afa158015611ec9573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611eed91906129c9565b611924565b825460038401545f86815260096020908152604080832061010090950463ffffffff168084529490915290208190555b611f30633b9aca0085612974565b9350611f3b826129b1565b915082611f4c633b9aca0086612974565b1015611f2257611f5b826124e3565b855463ffffffff919091166101000264ffffffff0019909116178555600185018490555f6003860155604080518381526020810186905290810182905286907fc64a34b4902812dd190b648fdff8fe3156fc35730a0f27068b63e70598a45a019060600160405180910390a2505050505050565b5f80546040516370a0823160e01b81523060048201526001600160a01b03909116919082906370a0823190602401602060405180830381865afa158015612018573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061203c91906129c9565b600254909150612059906001600160a01b03848116911686612513565b60025460405163dfec1d9760e01b81526001600160a01b038481166004830152602482018790529091169063dfec1d97906044015f604051808303815f87803b1580156120a4575f5ffd5b505af11580156120b6573d5f5f3e3d5ffd5b50506040516370a0823160e01b81523060048201525f92506001600160a01b03851691506370a0823190602401602060405180830381865afa1580156120fe573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061212291906129c9565b90505f818311612132575f61213c565b61213c828461291f565b905085811461217757604051631f705c8360e21b81526001600160a01b03851660048201526024810187905260448101829052606401610783565b8415610abc576001546040516340c10f1960e01b8152306004820152602481018790526001600160a01b03909116906340c10f19906044015f604051808303815f87803b1580156121c6575f5ffd5b505af11580156121d8573d5f5f3e3d5ffd5b50505050505050505050565b5f60065f81546121f3906129b1565b918290555060058190555f81815260076020526040808220805460ff191660011790555191925082917fdcf229a9e6b0354c7211ef9a975466575cdf135aff4091025af625a765647f839190a290565b5f6001600160401b03821115611c7c57604080516306dfcc6560e41b8152600481019190915260248101839052604401610783565b6040516370a0823160e01b81523060048201525f906001600160a01b038516906370a0823190602401602060405180830381865afa1580156122bc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906122e091906129c9565b90506122f76001600160a01b0385168430856125a2565b6040516370a0823160e01b81523060048201525f9061236a9083906001600160a01b038816906370a0823190602401602060405180830381865afa158015612341573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061236591906129c9565b6125db565b90508281146123a557604051631f705c8360e21b81526001600160a01b03861660048201526024810184905260448101829052606401610783565b5050505050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6123e382826111c5565b6124125760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610783565b5050565b61241e6125f3565b611b2957604051631afcd79f60e31b815260040160405180910390fd5b80825d5050565b6040516001600160a01b0383811660248301526044820183905261069591859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b03838183161783525050505061260c565b5f6124ce6124ae83612678565b80156124c957505f84806124c4576124c4612960565b868809115b151590565b6124d9868686611924565b6116cd919061294d565b5f63ffffffff821115611c7c576040516306dfcc6560e41b81526020600482015260248101839052604401610783565b604080516001600160a01b038416602482015260448082018490528251808303909101815260649091019091526020810180516001600160e01b031663095ea7b360e01b17905261256484826126a4565b61065c576040516001600160a01b0384811660248301525f604483015261259891869182169063095ea7b39060640161246f565b61065c848261260c565b6040516001600160a01b03848116602483015283811660448301526064820183905261065c9186918216906323b872dd9060840161246f565b5f8282116125e9575f6119ce565b6119ce838361291f565b5f6125fc611af9565b54600160401b900460ff16919050565b5f5f60205f8451602086015f885af18061262b576040513d5f823e3d81fd5b50505f513d9150811561264257806001141561264f565b6001600160a01b0384163b155b1561065c57604051635274afe760e01b81526001600160a01b0385166004820152602401610783565b5f600282600381111561268d5761268d612799565b61269791906129e0565b60ff166001149050919050565b5f5f5f5f60205f8651602088015f8a5af192503d91505f519050828015610616575081156126d55780600114610616565b50505050506001600160a01b03163b151590565b5f602082840312156126f9575f5ffd5b81356001600160e01b0319811681146119ce575f5ffd5b80356001600160a01b03811681146115bf575f5ffd5b5f60208284031215612736575f5ffd5b6119ce82612710565b5f6020828403121561274f575f5ffd5b5035919050565b5f5f60408385031215612767575f5ffd5b8235915061277760208401612710565b90509250929050565b5f60e0828403128015612791575f5ffd5b509092915050565b634e487b7160e01b5f52602160045260245ffd5b815160c0820190600481106127c4576127c4612799565b8083525063ffffffff60208401511660208301526001600160401b036040840151166040830152606083015160608301526080830151608083015260a083015160a083015292915050565b6003811061281f5761281f612799565b9052565b6020810161056b828461280f565b5f5f60408385031215612842575f5ffd5b50508035926020909101359150565b60e081016001600160a01b0361286684612710565b1682526001600160a01b0361287d60208501612710565b1660208301526001600160a01b0361289760408501612710565b1660408301526001600160a01b036128b160608501612710565b1660608301526001600160a01b036128cb60808501612710565b16608083015260a0838101359083015260c092830135929091019190915290565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b03828116828216039081111561056b5761056b6128ec565b8181038181111561056b5761056b6128ec565b60408101612940828561280f565b6119ce602083018461280f565b8082018082111561056b5761056b6128ec565b634e487b7160e01b5f52601260045260245ffd5b5f8261298257612982612960565b500490565b5f6001600160401b0382166001600160401b0381036129a8576129a86128ec565b60010192915050565b5f600182016129c2576129c26128ec565b5060010190565b5f602082840312156129d9575f5ffd5b5051919050565b5f60ff8316806129f2576129f2612960565b8060ff8416069150509291505056fe3c81c3ff4cd75ed8ca5b0fe28ed5539650345ccf049a44b342b5c4beef34447fd6f2c8500df5b44f11e9e48b91ff9f1b9d81bc496d55570c2b1b75bf65243f5102dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800";
