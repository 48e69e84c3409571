// generated — do not edit. Regenerate with `tsx reconciler/scripts/gen-abi.ts` after `forge build`.
// RedeemQueue from contracts/src/lcts/RedeemQueue.sol.

export const redeemQueueAbi = [
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
export const redeemQueueBytecode: `0x${string}` = "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b612794806100d65f395ff3fe608060405234801561000f575f5ffd5b50600436106101f2575f3560e01c80638ddb428a11610114578063b6b55f25116100a9578063f40f0f5211610079578063f40f0f521461040d578063f5eb42dc14610420578063f77c479114610433578063f83d08ba14610446578063fd2d39c51461044e575f5ffd5b8063b6b55f25146103c2578063ccc41f24146103d5578063d547741f146103e7578063e4248d89146103fa575f5ffd5b806391d14854116100e457806391d148541461038b57806399f0dfbf1461039e5780639b1f7dc2146103a6578063a217fddf146103bb575f5ffd5b80638ddb428a146103495780638df82800146103525780638fcc9cfb1461036557806391915ef814610378575f5ffd5b806341b3d1851161018a57806366e5d14c1161015a57806366e5d14c146102e85780636c9fa59e146103055780637158da7c146103185780637d71dc3514610329575f5ffd5b806341b3d185146102c557806347697a04146102ce5780634e71d92d146102d75780635cfc1a51146102df575f5ffd5b8063248a9ca3116101c5578063248a9ca3146102775780632f2ff15d1461028a57806336568abe1461029f5780633b592079146102b2575f5ffd5b806301ffc9a7146101f6578063078fe3011461021e5780630ac6702a1461023f5780631c02580614610263575b5f5ffd5b610209610204366004612430565b610547565b60405190151581526020015b60405180910390f35b61023161022c36600461246d565b610571565b604051908152602001610215565b5f546001600160a01b03165b6040516001600160a01b039091168152602001610215565b6102315f5160206127345f395f51905f5281565b610231610285366004612486565b610620565b61029d61029836600461249d565b610640565b005b61029d6102ad36600461249d565b610662565b61029d6102c03660046124c7565b61069a565b61023160045481565b61023160065481565b610231610ad9565b61023160035481565b6102f0610c78565b60408051928352602083019190915201610215565b60015461024b906001600160a01b031681565b6001546001600160a01b031661024b565b61033c610337366004612486565b610ec1565b60405161021591906124f4565b61023160055481565b6102f0610360366004612486565b610f82565b61029d610373366004612486565b611140565b61029d610386366004612486565b61118c565b61020961039936600461249d565b6111d8565b61023161120e565b6103ae61127d565b604051610215919061256a565b6102315f81565b6102316103d0366004612486565b6112c9565b5f5461024b906001600160a01b031681565b61029d6103f536600461249d565b6115d6565b610231610408366004612578565b6115f2565b61023161041b36600461246d565b61163e565b61023161042e36600461246d565b611693565b60025461024b906001600160a01b031681565b61029d6116e8565b6104f361045c36600461246d565b604080516080810182525f808252602082018190529181018290526060810191909152506001600160a01b03165f90815260086020908152604091829020825160808101845281546001600160401b0381168252600160401b90046001600160c01b0316928101929092526001015463ffffffff8116928201929092526401000000009091046001600160e01b0316606082015290565b604051610215919081516001600160401b031681526020808301516001600160c01b03169082015260408083015163ffffffff16908201526060918201516001600160e01b03169181019190915260800190565b5f6001600160e01b031982166324ad069760e11b148061056b575061056b826117a1565b92915050565b6001600160a01b0381165f90815260086020526040812080546001600160401b03168015806105a257506005548114155b156105b057505f9392505050565b5f8181526007602052604090208054600160281b90046001600160401b03166001036105e25760020154949350505050565b5f6105ee8484846117d5565b91505081600101545f146106145761060f8183600201548460010154611936565b610616565b5f5b9695505050505050565b5f9081525f5160206127745f395f51905f52602052604090206001015490565b61064982610620565b610652816119e7565b61065c83836119f1565b50505050565b6001600160a01b038116331461068b5760405163334bd91960e11b815260040160405180910390fd5b6106958282611a92565b505050565b5f6106a3611b0b565b805490915060ff600160401b82041615906001600160401b03165f811580156106c95750825b90505f826001600160401b031660011480156106e45750303b155b9050811580156106f2575080155b156107105760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561073a57845460ff60401b1916600160401b1785555b5f610748602088018861246d565b6001600160a01b03160361078c5760405163fc03a99760e01b815260206004820152600560248201526430b236b4b760d91b60448201526064015b60405180910390fd5b5f61079d604088016020890161246d565b6001600160a01b0316036107dd5760405163fc03a99760e01b81526020600482015260066024820152653132b0b1b7b760d11b6044820152606401610783565b5f6107ee606088016040890161246d565b6001600160a01b0316036108345760405163fc03a99760e01b815260206004820152600c60248201526b19195c1bdcda5d105cdcd95d60a21b6044820152606401610783565b5f610845608088016060890161246d565b6001600160a01b0316036108895760405163fc03a99760e01b815260206004820152600a60248201526939b430b932aa37b5b2b760b11b6044820152606401610783565b5f61089a60a088016080890161246d565b6001600160a01b0316036108de5760405163fc03a99760e01b815260206004820152600a60248201526931b7b73a3937b63632b960b11b6044820152606401610783565b6108e6611b33565b6108ee611b33565b6109045f6108ff602089018961246d565b6119f1565b506109265f5160206127345f395f51905f526108ff6040890160208a0161246d565b50610937606087016040880161246d565b5f80546001600160a01b0319166001600160a01b0392909216919091179055610966608087016060880161246d565b600180546001600160a01b0319166001600160a01b039290921691909117905561099660a087016080880161246d565b600280546001600160a01b0319166001600160a01b039290921691909117905560a0860135156109c95760a08601356003555b60c0860135156109dc5760c08601356004555b7ff7a72338cb8cea60676daf376a1ee7bcef22f78104d5739d6b234e20136c96c586604051610a0b9190612598565b60405180910390a1604080515f815260a088013560208201527fc91507f537c077d3462bebc3f54fba6de821ac02526e0ef37d5cae249f57a40d910160405180910390a1604080515f815260c088013560208201527f91a5197bdd70e4b9e17ebdd91aab9f96b2a5a4cfb5010870b488963bd7a94d94910160405180910390a18315610ad157845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b5f610ae2611b3d565b335f908152600860205260408120805490916001600160401b0390911690819003610b225760405163d8c1c67360e01b8152336004820152602401610783565b6005548114610b3c57610b353383611baa565b9250610c50565b5f8181526007602052604090206002815460ff166003811115610b6157610b616124e0565b03610b825760405163016fefcd60e71b815260048101839052602401610783565b5f610b8e8484846117d5565b60038401549196509150610ba190611c5b565b84546001600160c01b0391909116600160401b026001600160401b039091161784558154600185015463ffffffff610100909204821691168114610c285760018501805463ffffffff191663ffffffff8316179055610bff82611c92565b8560010160046101000a8154816001600160e01b0302191690836001600160e01b031602179055505b604051868152849033905f5160206127545f395f51905f529060200160405180910390a35050505b610c6b610c645f546001600160a01b031690565b3385611cc5565b5050610c75611cdf565b90565b5f5f610c82611b3d565b335f908152600860205260408120805490916001600160401b0390911690819003610cc25760405163d8c1c67360e01b8152336004820152602401610783565b6005548114610cdc57610cd53383611baa565b9350610e83565b5f8181526007602052604090206002815460ff166003811115610d0157610d016124e0565b03610d225760405163016fefcd60e71b815260048101839052602401610783565b5f610d2e8484846117d5565b835491975091505f90610d5390600190600160281b90046001600160401b0316612647565b83546cffffffffffffffff00000000001916600160281b6001600160401b0383169081029190911785559091505f03610d9e576002830180545f600186018190559091559550610de7565b60018301548015610dbb57610db883856002015483611936565b96505b610dc58382612666565b846001018190555086846002015f828254610de09190612666565b9091555050505b335f8181526008602052604080822082815560010191909155518591905f5160206127545f395f51905f5290610e20908b815260200190565b60405180910390a36040805183815260208101889052859133917fd7bb42c65445e1e9687ab84eab87a19247ad64b7cb3845cb57720abbcc86d2ed910160405180910390a3806001600160401b03165f03610e7f57610e7f8484611d09565b5050505b610e9e610e975f546001600160a01b031690565b3386611cc5565b610eb3610c646001546001600160a01b031690565b5050610ebd611cdf565b9091565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091525f8281526007602052604090819020815160c081019092528054829060ff166003811115610f2257610f226124e0565b6003811115610f3357610f336124e0565b81528154610100810463ffffffff166020830152600160281b90046001600160401b03166040820152600182015460608201526002820154608082015260039091015460a09091015292915050565b5f5f5f5160206127345f395f51905f52610f9b816119e7565b610fa3611b3d565b6005545f818152600760205260409020811580610fd657506002815460ff166003811115610fd357610fd36124e0565b14155b15611000576002610fe561127d565b60405163676fdeed60e11b8152600401610783929190612679565b600281015461100f8782611d56565b9550851561102a57611027865f19611d56565b611d56565b95505b600182015486156110865761103e87611d65565b955061105a866ec097ce7bc90715b34b9f100000000083611936565b836003015f82825461106c9190612694565b9091555061107c90508783612666565b6002840181905591505b6003830154604080518a8152602081018a905290810188905260608101919091526080810183905284907fd6bc57af9bdeff672c39eb7ac8725e83883c78f01ea44f6ce017a99e3ef5bb3c9060a00160405180910390a2815f036110f3576110ee8484611d09565b61111e565b825460ff191660011783558161110d633b9aca00836126bb565b1061111e5761111e84848385611dec565b861561112e5761112e8787611ec9565b5050505061113a611cdf565b50915091565b5f61114a816119e7565b60045460408051918252602082018490527f91a5197bdd70e4b9e17ebdd91aab9f96b2a5a4cfb5010870b488963bd7a94d94910160405180910390a150600455565b5f611196816119e7565b60035460408051918252602082018490527fc91507f537c077d3462bebc3f54fba6de821ac02526e0ef37d5cae249f57a40d910160405180910390a150600355565b5f9182525f5160206127745f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f611217611b3d565b335f90815260086020526040902080546001600160401b031680158061123e575060055481145b1561125d57604051625ce02d60e51b8152336004820152602401610783565b6112673383611baa565b9250610c6b610c645f546001600160a01b031690565b6005545f90808203611290575f91505090565b60025f8281526007602052604090205460ff1660038111156112b4576112b46124e0565b146112c05760016112c3565b60025b91505090565b5f6112d2611b3d565b6004548215806112e157508083105b156113095760405163326d30cb60e11b81526004810184905260248101829052604401610783565b600554801580159061133c575060025f8281526007602052604090205460ff16600381111561133a5761133a6124e0565b145b1561135d5760405163016fefcd60e71b815260048101829052602401610783565b335f90815260086020526040812080549091906001600160401b031615801590611391575081546001600160401b03168314155b156113a3576113a03383611baa565b90505b825f036113b5576113b26120b3565b92505b5f83815260076020526040812083549091906001600160401b0316859003611410576113e28486846117d5565b6040518281529194509150859033905f5160206127545f395f51905f529060200160405180910390a3611455565b8154829060059061143090600160281b90046001600160401b03166126da565b91906101000a8154816001600160401b0302191690836001600160401b031602179055505b600182015480156114745761146f89828560020154611936565b611476565b885b97506114828882612694565b836001018190555088836002015f82825461149d9190612694565b909155506114ac905086612112565b855467ffffffffffffffff19166001600160401b039190911617855560038301546114d690611c5b565b85546001600160c01b0391909116600160401b026001600160401b03909116178555825460018601805463ffffffff191663ffffffff6101009093049290921691909117905561152e6115298984612694565b611c92565b6001860180546001600160e01b03929092166401000000000263ffffffff909216919091179055604080518a8152602081018a9052879133917f91ede45f04a37a7c170f5c1207df3b6bc748dc1e04ad5e917a241d0f52feada3910160405180910390a36115ae6115a76001546001600160a01b031690565b338b612147565b6115c2610e975f546001600160a01b031690565b505050505050506115d1611cdf565b919050565b6115df82610620565b6115e8816119e7565b61065c8383611a92565b5f8281526007602052604081208054610100900463ffffffff168314611630575f848152600960209081526040808320868452909152902054611636565b80600301545b949350505050565b6001600160a01b0381165f90815260086020526040812080546001600160401b031680830361167057505f9392505050565b5f81815260076020526040902061168a90839083906117d5565b50949350505050565b6001600160a01b0381165f90815260086020526040812080546001600160401b03168083036116c557505f9392505050565b5f8181526007602052604090206116df90839083906117d5565b95945050505050565b5f5160206127345f395f51905f526116ff816119e7565b611707611b3d565b6005545f8190036117185750611796565b5f8181526007602052604090206002815460ff16600381111561173d5761173d6124e0565b0361175e5760405163016fefcd60e71b815260048101839052602401610783565b805460ff1916600217815560405182907f032bc66be43dbccb7487781d168eb7bda224628a3b2c3388bdf69b532a3a1611905f90a250505b61179e611cdf565b50565b5f6001600160e01b03198216637965db0b60e01b148061056b57506301ffc9a760e01b6001600160e01b031983161461056b565b600183015481545f916001600160e01b036401000000008204169163ffffffff918216916101009091041680820361184c578654600386015461184391859161182e91600160401b90046001600160c01b031690612666565b6ec097ce7bc90715b34b9f1000000000611936565b9350505061192e565b86545f87815260096020908152604080832086845290915290205461188791859161182e91600160401b90046001600160c01b031690612666565b93505f61189982611022600986612694565b90505b8083101561191f576118ad83612704565b92506118bd633b9aca00856126bb565b9350831561191f575f8284146118eb575f8881526009602090815260408083208784529091529020546118f1565b86600301545b905061190d85826ec097ce7bc90715b34b9f1000000000611936565b6119179087612694565b95505061189c565b81831461192a575f93505b5050505b935093915050565b5f5f5f6119438686612235565b91509150815f036119675783818161195d5761195d6126a7565b04925050506119e0565b81841161197e5761197e6003851502601118612251565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150505b9392505050565b61179e8133612262565b5f5f5160206127745f395f51905f52611a0a84846111d8565b611a89575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055611a3f3390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4600191505061056b565b5f91505061056b565b5f5f5160206127745f395f51905f52611aab84846111d8565b15611a89575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4600191505061056b565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a0061056b565b611b3b61229f565b565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611b7d57604051633ee5aeb560e01b815260040160405180910390fd5b611b3b60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906122c4565b80546001600160401b03165f818152600760205260408120909190611bd290849083906117d5565b506001600160a01b0385165f81815260086020526040808220828155600101919091555191935082915f5160206127545f395f51905f5290611c179086815260200190565b60405180910390a360405181906001600160a01b038616907f17807379ba663ac6d72cbec7d33ed88347cbee7fff18c4693987cc766b8b7f18905f90a35092915050565b5f6001600160c01b03821115611c8e576040516306dfcc6560e41b815260c0600482015260248101839052604401610783565b5090565b5f6001600160e01b03821115611c8e576040516306dfcc6560e41b815260e0600482015260248101839052604401610783565b8015610695576106956001600160a01b03841683836122cb565b611b3b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611ba4565b805460ff1916600390811782555f60055581015460405190815282907f438f9ff5755f710bbf928d1aa14c8f8a750ac918c3161207d4f1a50b978c5a769060200160405180910390a25050565b5f8282188284100282186119e0565b5f61056b8260015f9054906101000a90046001600160a01b03166001600160a01b0316633ba0b9a96040518163ffffffff1660e01b8152600401602060405180830381865afa158015611dba573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611dde919061271c565b670de0b6b3a7640000611936565b825460038401545f86815260096020908152604080832061010090950463ffffffff168084529490915290208190555b611e2a633b9aca00856126bb565b9350611e3582612704565b915082611e46633b9aca00866126bb565b1015611e1c57611e558261232a565b855463ffffffff919091166101000264ffffffff0019909116178555600185018490555f6003860155604080518381526020810186905290810182905286907fc64a34b4902812dd190b648fdff8fe3156fc35730a0f27068b63e70598a45a019060600160405180910390a2505050505050565b600154604051630852cd8d60e31b8152600481018490526001600160a01b03909116906342966c68906024015f604051808303815f87803b158015611f0c575f5ffd5b505af1158015611f1e573d5f5f3e3d5ffd5b50505050805f03611f2d575050565b5f80546040516370a0823160e01b81523060048201526001600160a01b03909116919082906370a0823190602401602060405180830381865afa158015611f76573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611f9a919061271c565b600254604051631c06c74560e31b81526001600160a01b0385811660048301526024820187905292935091169063e0363a28906044015f604051808303815f87803b158015611fe7575f5ffd5b505af1158015611ff9573d5f5f3e3d5ffd5b50506040516370a0823160e01b81523060048201525f9250612071915083906001600160a01b038616906370a08231906024015b602060405180830381865afa158015612048573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061206c919061271c565b61235a565b90508381146120ac57604051631f705c8360e21b81526001600160a01b03841660048201526024810185905260448101829052606401610783565b5050505050565b5f60065f81546120c290612704565b918290555060058190555f81815260076020526040808220805460ff191660011790555191925082917fdcf229a9e6b0354c7211ef9a975466575cdf135aff4091025af625a765647f839190a290565b5f6001600160401b03821115611c8e57604080516306dfcc6560e41b8152600481019190915260248101839052604401610783565b6040516370a0823160e01b81523060048201525f906001600160a01b038516906370a0823190602401602060405180830381865afa15801561218b573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906121af919061271c565b90506121c66001600160a01b038516843085612372565b6040516370a0823160e01b81523060048201525f906121fa9083906001600160a01b038816906370a082319060240161202d565b90508281146120ac57604051631f705c8360e21b81526001600160a01b03861660048201526024810184905260448101829052606401610783565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b61226c82826111d8565b61229b5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610783565b5050565b6122a76123ab565b611b3b57604051631afcd79f60e31b815260040160405180910390fd5b80825d5050565b6040516001600160a01b0383811660248301526044820183905261069591859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b0383818316178352505050506123c4565b5f63ffffffff821115611c8e576040516306dfcc6560e41b81526020600482015260248101839052604401610783565b5f828211612368575f6119e0565b6119e08383612666565b6040516001600160a01b03848116602483015283811660448301526064820183905261065c9186918216906323b872dd906084016122f8565b5f6123b4611b0b565b54600160401b900460ff16919050565b5f5f60205f8451602086015f885af1806123e3576040513d5f823e3d81fd5b50505f513d915081156123fa578060011415612407565b6001600160a01b0384163b155b1561065c57604051635274afe760e01b81526001600160a01b0385166004820152602401610783565b5f60208284031215612440575f5ffd5b81356001600160e01b0319811681146119e0575f5ffd5b80356001600160a01b03811681146115d1575f5ffd5b5f6020828403121561247d575f5ffd5b6119e082612457565b5f60208284031215612496575f5ffd5b5035919050565b5f5f604083850312156124ae575f5ffd5b823591506124be60208401612457565b90509250929050565b5f60e08284031280156124d8575f5ffd5b509092915050565b634e487b7160e01b5f52602160045260245ffd5b815160c08201906004811061250b5761250b6124e0565b8083525063ffffffff60208401511660208301526001600160401b036040840151166040830152606083015160608301526080830151608083015260a083015160a083015292915050565b60038110612566576125666124e0565b9052565b6020810161056b8284612556565b5f5f60408385031215612589575f5ffd5b50508035926020909101359150565b60e081016001600160a01b036125ad84612457565b1682526001600160a01b036125c460208501612457565b1660208301526001600160a01b036125de60408501612457565b1660408301526001600160a01b036125f860608501612457565b1660608301526001600160a01b0361261260808501612457565b16608083015260a0838101359083015260c092830135929091019190915290565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b03828116828216039081111561056b5761056b612633565b8181038181111561056b5761056b612633565b604081016126878285612556565b6119e06020830184612556565b8082018082111561056b5761056b612633565b634e487b7160e01b5f52601260045260245ffd5b5f826126d557634e487b7160e01b5f52601260045260245ffd5b500490565b5f6001600160401b0382166001600160401b0381036126fb576126fb612633565b60010192915050565b5f6001820161271557612715612633565b5060010190565b5f6020828403121561272c575f5ffd5b505191905056fe3c81c3ff4cd75ed8ca5b0fe28ed5539650345ccf049a44b342b5c4beef34447fd6f2c8500df5b44f11e9e48b91ff9f1b9d81bc496d55570c2b1b75bf65243f5102dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800";
