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
export const redeemQueueBytecode: `0x${string}` = "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b61277f806100d65f395ff3fe608060405234801561000f575f5ffd5b50600436106101f2575f3560e01c80638ddb428a11610114578063b6b55f25116100a9578063f40f0f5211610079578063f40f0f521461040d578063f5eb42dc14610420578063f77c479114610433578063f83d08ba14610446578063fd2d39c51461044e575f5ffd5b8063b6b55f25146103c2578063ccc41f24146103d5578063d547741f146103e7578063e4248d89146103fa575f5ffd5b806391d14854116100e457806391d148541461038b57806399f0dfbf1461039e5780639b1f7dc2146103a6578063a217fddf146103bb575f5ffd5b80638ddb428a146103495780638df82800146103525780638fcc9cfb1461036557806391915ef814610378575f5ffd5b806341b3d1851161018a57806366e5d14c1161015a57806366e5d14c146102e85780636c9fa59e146103055780637158da7c146103185780637d71dc3514610329575f5ffd5b806341b3d185146102c557806347697a04146102ce5780634e71d92d146102d75780635cfc1a51146102df575f5ffd5b8063248a9ca3116101c5578063248a9ca3146102775780632f2ff15d1461028a57806336568abe1461029f5780633b592079146102b2575f5ffd5b806301ffc9a7146101f6578063078fe3011461021e5780630ac6702a1461023f5780631c02580614610263575b5f5ffd5b61020961020436600461241b565b610547565b60405190151581526020015b60405180910390f35b61023161022c366004612458565b610571565b604051908152602001610215565b5f546001600160a01b03165b6040516001600160a01b039091168152602001610215565b6102315f51602061271f5f395f51905f5281565b610231610285366004612471565b610620565b61029d610298366004612488565b610640565b005b61029d6102ad366004612488565b610662565b61029d6102c03660046124b2565b61069a565b61023160045481565b61023160065481565b610231610ac4565b61023160035481565b6102f0610c63565b60408051928352602083019190915201610215565b60015461024b906001600160a01b031681565b6001546001600160a01b031661024b565b61033c610337366004612471565b610eac565b60405161021591906124df565b61023160055481565b6102f0610360366004612471565b610f6d565b61029d610373366004612471565b61112b565b61029d610386366004612471565b611177565b610209610399366004612488565b6111c3565b6102316111f9565b6103ae611268565b6040516102159190612555565b6102315f81565b6102316103d0366004612471565b6112b4565b5f5461024b906001600160a01b031681565b61029d6103f5366004612488565b6115c1565b610231610408366004612563565b6115dd565b61023161041b366004612458565b611629565b61023161042e366004612458565b61167e565b60025461024b906001600160a01b031681565b61029d6116d3565b6104f361045c366004612458565b604080516080810182525f808252602082018190529181018290526060810191909152506001600160a01b03165f90815260086020908152604091829020825160808101845281546001600160401b0381168252600160401b90046001600160c01b0316928101929092526001015463ffffffff8116928201929092526401000000009091046001600160e01b0316606082015290565b604051610215919081516001600160401b031681526020808301516001600160c01b03169082015260408083015163ffffffff16908201526060918201516001600160e01b03169181019190915260800190565b5f6001600160e01b031982166324ad069760e11b148061056b575061056b8261178c565b92915050565b6001600160a01b0381165f90815260086020526040812080546001600160401b03168015806105a257506005548114155b156105b057505f9392505050565b5f8181526007602052604090208054600160281b90046001600160401b03166001036105e25760020154949350505050565b5f6105ee8484846117c0565b91505081600101545f146106145761060f8183600201548460010154611921565b610616565b5f5b9695505050505050565b5f9081525f51602061275f5f395f51905f52602052604090206001015490565b61064982610620565b610652816119d2565b61065c83836119dc565b50505050565b6001600160a01b038116331461068b5760405163334bd91960e11b815260040160405180910390fd5b6106958282611a7d565b505050565b5f6106a3611af6565b805490915060ff600160401b82041615906001600160401b03165f811580156106c95750825b90505f826001600160401b031660011480156106e45750303b155b9050811580156106f2575080155b156107105760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561073a57845460ff60401b1916600160401b1785555b5f6107486020880188612458565b6001600160a01b03160361078c5760405163fc03a99760e01b815260206004820152600560248201526430b236b4b760d91b60448201526064015b60405180910390fd5b5f61079d6040880160208901612458565b6001600160a01b0316036107dd5760405163fc03a99760e01b81526020600482015260066024820152653132b0b1b7b760d11b6044820152606401610783565b5f6107ee6060880160408901612458565b6001600160a01b0316036108345760405163fc03a99760e01b815260206004820152600c60248201526b19195c1bdcda5d105cdcd95d60a21b6044820152606401610783565b5f6108456080880160608901612458565b6001600160a01b0316036108895760405163fc03a99760e01b815260206004820152600a60248201526939b430b932aa37b5b2b760b11b6044820152606401610783565b5f61089a60a0880160808901612458565b6001600160a01b0316036108de5760405163fc03a99760e01b815260206004820152600a60248201526931b7b73a3937b63632b960b11b6044820152606401610783565b6108e6611b1e565b6108ee611b1e565b6109045f6108ff6020890189612458565b6119dc565b506109265f51602061271f5f395f51905f526108ff6040890160208a01612458565b506109376060870160408801612458565b5f80546001600160a01b0319166001600160a01b03929092169190911790556109666080870160608801612458565b600180546001600160a01b0319166001600160a01b039290921691909117905561099660a0870160808801612458565b600280546001600160a01b0319166001600160a01b039290921691909117905560a086013560035560c08601356004556040517ff7a72338cb8cea60676daf376a1ee7bcef22f78104d5739d6b234e20136c96c5906109f6908890612583565b60405180910390a1604080515f815260a088013560208201527fc91507f537c077d3462bebc3f54fba6de821ac02526e0ef37d5cae249f57a40d910160405180910390a1604080515f815260c088013560208201527f91a5197bdd70e4b9e17ebdd91aab9f96b2a5a4cfb5010870b488963bd7a94d94910160405180910390a18315610abc57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b5f610acd611b28565b335f908152600860205260408120805490916001600160401b0390911690819003610b0d5760405163d8c1c67360e01b8152336004820152602401610783565b6005548114610b2757610b203383611b95565b9250610c3b565b5f8181526007602052604090206002815460ff166003811115610b4c57610b4c6124cb565b03610b6d5760405163016fefcd60e71b815260048101839052602401610783565b5f610b798484846117c0565b60038401549196509150610b8c90611c46565b84546001600160c01b0391909116600160401b026001600160401b039091161784558154600185015463ffffffff610100909204821691168114610c135760018501805463ffffffff191663ffffffff8316179055610bea82611c7d565b8560010160046101000a8154816001600160e01b0302191690836001600160e01b031602179055505b604051868152849033905f51602061273f5f395f51905f529060200160405180910390a35050505b610c56610c4f5f546001600160a01b031690565b3385611cb0565b5050610c60611cca565b90565b5f5f610c6d611b28565b335f908152600860205260408120805490916001600160401b0390911690819003610cad5760405163d8c1c67360e01b8152336004820152602401610783565b6005548114610cc757610cc03383611b95565b9350610e6e565b5f8181526007602052604090206002815460ff166003811115610cec57610cec6124cb565b03610d0d5760405163016fefcd60e71b815260048101839052602401610783565b5f610d198484846117c0565b835491975091505f90610d3e90600190600160281b90046001600160401b0316612632565b83546cffffffffffffffff00000000001916600160281b6001600160401b0383169081029190911785559091505f03610d89576002830180545f600186018190559091559550610dd2565b60018301548015610da657610da383856002015483611921565b96505b610db08382612651565b846001018190555086846002015f828254610dcb9190612651565b9091555050505b335f8181526008602052604080822082815560010191909155518591905f51602061273f5f395f51905f5290610e0b908b815260200190565b60405180910390a36040805183815260208101889052859133917fd7bb42c65445e1e9687ab84eab87a19247ad64b7cb3845cb57720abbcc86d2ed910160405180910390a3806001600160401b03165f03610e6a57610e6a8484611cf4565b5050505b610e89610e825f546001600160a01b031690565b3386611cb0565b610e9e610c4f6001546001600160a01b031690565b5050610ea8611cca565b9091565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091525f8281526007602052604090819020815160c081019092528054829060ff166003811115610f0d57610f0d6124cb565b6003811115610f1e57610f1e6124cb565b81528154610100810463ffffffff166020830152600160281b90046001600160401b03166040820152600182015460608201526002820154608082015260039091015460a09091015292915050565b5f5f5f51602061271f5f395f51905f52610f86816119d2565b610f8e611b28565b6005545f818152600760205260409020811580610fc157506002815460ff166003811115610fbe57610fbe6124cb565b14155b15610feb576002610fd0611268565b60405163676fdeed60e11b8152600401610783929190612664565b6002810154610ffa8782611d41565b9550851561101557611012865f19611d41565b611d41565b95505b600182015486156110715761102987611d50565b9550611045866ec097ce7bc90715b34b9f100000000083611921565b836003015f828254611057919061267f565b9091555061106790508783612651565b6002840181905591505b6003830154604080518a8152602081018a905290810188905260608101919091526080810183905284907fd6bc57af9bdeff672c39eb7ac8725e83883c78f01ea44f6ce017a99e3ef5bb3c9060a00160405180910390a2815f036110de576110d98484611cf4565b611109565b825460ff19166001178355816110f8633b9aca00836126a6565b106111095761110984848385611dd7565b8615611119576111198787611eb4565b50505050611125611cca565b50915091565b5f611135816119d2565b60045460408051918252602082018490527f91a5197bdd70e4b9e17ebdd91aab9f96b2a5a4cfb5010870b488963bd7a94d94910160405180910390a150600455565b5f611181816119d2565b60035460408051918252602082018490527fc91507f537c077d3462bebc3f54fba6de821ac02526e0ef37d5cae249f57a40d910160405180910390a150600355565b5f9182525f51602061275f5f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f611202611b28565b335f90815260086020526040902080546001600160401b0316801580611229575060055481145b1561124857604051625ce02d60e51b8152336004820152602401610783565b6112523383611b95565b9250610c56610c4f5f546001600160a01b031690565b6005545f9080820361127b575f91505090565b60025f8281526007602052604090205460ff16600381111561129f5761129f6124cb565b146112ab5760016112ae565b60025b91505090565b5f6112bd611b28565b6004548215806112cc57508083105b156112f45760405163326d30cb60e11b81526004810184905260248101829052604401610783565b6005548015801590611327575060025f8281526007602052604090205460ff166003811115611325576113256124cb565b145b156113485760405163016fefcd60e71b815260048101829052602401610783565b335f90815260086020526040812080549091906001600160401b03161580159061137c575081546001600160401b03168314155b1561138e5761138b3383611b95565b90505b825f036113a05761139d61209e565b92505b5f83815260076020526040812083549091906001600160401b03168590036113fb576113cd8486846117c0565b6040518281529194509150859033905f51602061273f5f395f51905f529060200160405180910390a3611440565b8154829060059061141b90600160281b90046001600160401b03166126c5565b91906101000a8154816001600160401b0302191690836001600160401b031602179055505b6001820154801561145f5761145a89828560020154611921565b611461565b885b975061146d888261267f565b836001018190555088836002015f828254611488919061267f565b909155506114979050866120fd565b855467ffffffffffffffff19166001600160401b039190911617855560038301546114c190611c46565b85546001600160c01b0391909116600160401b026001600160401b03909116178555825460018601805463ffffffff191663ffffffff61010090930492909216919091179055611519611514898461267f565b611c7d565b6001860180546001600160e01b03929092166401000000000263ffffffff909216919091179055604080518a8152602081018a9052879133917f91ede45f04a37a7c170f5c1207df3b6bc748dc1e04ad5e917a241d0f52feada3910160405180910390a36115996115926001546001600160a01b031690565b338b612132565b6115ad610e825f546001600160a01b031690565b505050505050506115bc611cca565b919050565b6115ca82610620565b6115d3816119d2565b61065c8383611a7d565b5f8281526007602052604081208054610100900463ffffffff16831461161b575f848152600960209081526040808320868452909152902054611621565b80600301545b949350505050565b6001600160a01b0381165f90815260086020526040812080546001600160401b031680830361165b57505f9392505050565b5f81815260076020526040902061167590839083906117c0565b50949350505050565b6001600160a01b0381165f90815260086020526040812080546001600160401b03168083036116b057505f9392505050565b5f8181526007602052604090206116ca90839083906117c0565b95945050505050565b5f51602061271f5f395f51905f526116ea816119d2565b6116f2611b28565b6005545f8190036117035750611781565b5f8181526007602052604090206002815460ff166003811115611728576117286124cb565b036117495760405163016fefcd60e71b815260048101839052602401610783565b805460ff1916600217815560405182907f032bc66be43dbccb7487781d168eb7bda224628a3b2c3388bdf69b532a3a1611905f90a250505b611789611cca565b50565b5f6001600160e01b03198216637965db0b60e01b148061056b57506301ffc9a760e01b6001600160e01b031983161461056b565b600183015481545f916001600160e01b036401000000008204169163ffffffff9182169161010090910416808203611837578654600386015461182e91859161181991600160401b90046001600160c01b031690612651565b6ec097ce7bc90715b34b9f1000000000611921565b93505050611919565b86545f87815260096020908152604080832086845290915290205461187291859161181991600160401b90046001600160c01b031690612651565b93505f6118848261100d60098661267f565b90505b8083101561190a57611898836126ef565b92506118a8633b9aca00856126a6565b9350831561190a575f8284146118d6575f8881526009602090815260408083208784529091529020546118dc565b86600301545b90506118f885826ec097ce7bc90715b34b9f1000000000611921565b611902908761267f565b955050611887565b818314611915575f93505b5050505b935093915050565b5f5f5f61192e8686612220565b91509150815f036119525783818161194857611948612692565b04925050506119cb565b81841161196957611969600385150260111861223c565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150505b9392505050565b611789813361224d565b5f5f51602061275f5f395f51905f526119f584846111c3565b611a74575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055611a2a3390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4600191505061056b565b5f91505061056b565b5f5f51602061275f5f395f51905f52611a9684846111c3565b15611a74575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4600191505061056b565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a0061056b565b611b2661228a565b565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611b6857604051633ee5aeb560e01b815260040160405180910390fd5b611b2660017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906122af565b80546001600160401b03165f818152600760205260408120909190611bbd90849083906117c0565b506001600160a01b0385165f81815260086020526040808220828155600101919091555191935082915f51602061273f5f395f51905f5290611c029086815260200190565b60405180910390a360405181906001600160a01b038616907f17807379ba663ac6d72cbec7d33ed88347cbee7fff18c4693987cc766b8b7f18905f90a35092915050565b5f6001600160c01b03821115611c79576040516306dfcc6560e41b815260c0600482015260248101839052604401610783565b5090565b5f6001600160e01b03821115611c79576040516306dfcc6560e41b815260e0600482015260248101839052604401610783565b8015610695576106956001600160a01b03841683836122b6565b611b265f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611b8f565b805460ff1916600390811782555f60055581015460405190815282907f438f9ff5755f710bbf928d1aa14c8f8a750ac918c3161207d4f1a50b978c5a769060200160405180910390a25050565b5f8282188284100282186119cb565b5f61056b8260015f9054906101000a90046001600160a01b03166001600160a01b0316633ba0b9a96040518163ffffffff1660e01b8152600401602060405180830381865afa158015611da5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611dc99190612707565b670de0b6b3a7640000611921565b825460038401545f86815260096020908152604080832061010090950463ffffffff168084529490915290208190555b611e15633b9aca00856126a6565b9350611e20826126ef565b915082611e31633b9aca00866126a6565b1015611e0757611e4082612315565b855463ffffffff919091166101000264ffffffff0019909116178555600185018490555f6003860155604080518381526020810186905290810182905286907fc64a34b4902812dd190b648fdff8fe3156fc35730a0f27068b63e70598a45a019060600160405180910390a2505050505050565b600154604051630852cd8d60e31b8152600481018490526001600160a01b03909116906342966c68906024015f604051808303815f87803b158015611ef7575f5ffd5b505af1158015611f09573d5f5f3e3d5ffd5b50505050805f03611f18575050565b5f80546040516370a0823160e01b81523060048201526001600160a01b03909116919082906370a0823190602401602060405180830381865afa158015611f61573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611f859190612707565b600254604051631c06c74560e31b81526001600160a01b0385811660048301526024820187905292935091169063e0363a28906044015f604051808303815f87803b158015611fd2575f5ffd5b505af1158015611fe4573d5f5f3e3d5ffd5b50506040516370a0823160e01b81523060048201525f925061205c915083906001600160a01b038616906370a08231906024015b602060405180830381865afa158015612033573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906120579190612707565b612345565b905083811461209757604051631f705c8360e21b81526001600160a01b03841660048201526024810185905260448101829052606401610783565b5050505050565b5f60065f81546120ad906126ef565b918290555060058190555f81815260076020526040808220805460ff191660011790555191925082917fdcf229a9e6b0354c7211ef9a975466575cdf135aff4091025af625a765647f839190a290565b5f6001600160401b03821115611c7957604080516306dfcc6560e41b8152600481019190915260248101839052604401610783565b6040516370a0823160e01b81523060048201525f906001600160a01b038516906370a0823190602401602060405180830381865afa158015612176573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061219a9190612707565b90506121b16001600160a01b03851684308561235d565b6040516370a0823160e01b81523060048201525f906121e59083906001600160a01b038816906370a0823190602401612018565b905082811461209757604051631f705c8360e21b81526001600160a01b03861660048201526024810184905260448101829052606401610783565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b61225782826111c3565b6122865760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610783565b5050565b612292612396565b611b2657604051631afcd79f60e31b815260040160405180910390fd5b80825d5050565b6040516001600160a01b0383811660248301526044820183905261069591859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b0383818316178352505050506123af565b5f63ffffffff821115611c79576040516306dfcc6560e41b81526020600482015260248101839052604401610783565b5f828211612353575f6119cb565b6119cb8383612651565b6040516001600160a01b03848116602483015283811660448301526064820183905261065c9186918216906323b872dd906084016122e3565b5f61239f611af6565b54600160401b900460ff16919050565b5f5f60205f8451602086015f885af1806123ce576040513d5f823e3d81fd5b50505f513d915081156123e55780600114156123f2565b6001600160a01b0384163b155b1561065c57604051635274afe760e01b81526001600160a01b0385166004820152602401610783565b5f6020828403121561242b575f5ffd5b81356001600160e01b0319811681146119cb575f5ffd5b80356001600160a01b03811681146115bc575f5ffd5b5f60208284031215612468575f5ffd5b6119cb82612442565b5f60208284031215612481575f5ffd5b5035919050565b5f5f60408385031215612499575f5ffd5b823591506124a960208401612442565b90509250929050565b5f60e08284031280156124c3575f5ffd5b509092915050565b634e487b7160e01b5f52602160045260245ffd5b815160c0820190600481106124f6576124f66124cb565b8083525063ffffffff60208401511660208301526001600160401b036040840151166040830152606083015160608301526080830151608083015260a083015160a083015292915050565b60038110612551576125516124cb565b9052565b6020810161056b8284612541565b5f5f60408385031215612574575f5ffd5b50508035926020909101359150565b60e081016001600160a01b0361259884612442565b1682526001600160a01b036125af60208501612442565b1660208301526001600160a01b036125c960408501612442565b1660408301526001600160a01b036125e360608501612442565b1660608301526001600160a01b036125fd60808501612442565b16608083015260a0838101359083015260c092830135929091019190915290565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b03828116828216039081111561056b5761056b61261e565b8181038181111561056b5761056b61261e565b604081016126728285612541565b6119cb6020830184612541565b8082018082111561056b5761056b61261e565b634e487b7160e01b5f52601260045260245ffd5b5f826126c057634e487b7160e01b5f52601260045260245ffd5b500490565b5f6001600160401b0382166001600160401b0381036126e6576126e661261e565b60010192915050565b5f600182016127005761270061261e565b5060010190565b5f60208284031215612717575f5ffd5b505191905056fe3c81c3ff4cd75ed8ca5b0fe28ed5539650345ccf049a44b342b5c4beef34447fd6f2c8500df5b44f11e9e48b91ff9f1b9d81bc496d55570c2b1b75bf65243f5102dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800";
