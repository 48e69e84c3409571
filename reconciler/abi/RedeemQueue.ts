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
export const redeemQueueBytecode: `0x${string}` = "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b612b79806100d65f395ff3fe608060405234801561000f575f5ffd5b5060043610610213575f3560e01c80638fcc9cfb1161011f578063ca15c873116100a9578063f40f0f5211610079578063f40f0f5214610474578063f5eb42dc14610487578063f77c47911461049a578063f83d08ba146104ad578063fd2d39c5146104b5575f5ffd5b8063ca15c87314610429578063ccc41f241461043c578063d547741f1461044e578063e4248d8914610461575f5ffd5b806399f0dfbf116100ef57806399f0dfbf146103d25780639b1f7dc2146103da578063a217fddf146103ef578063a3246ad3146103f6578063b6b55f2514610416575f5ffd5b80638fcc9cfb146103865780639010d07c1461039957806391915ef8146103ac57806391d14854146103bf575f5ffd5b806347697a04116101a05780636c9fa59e116101705780636c9fa59e146103265780637158da7c146103395780637d71dc351461034a5780638ddb428a1461036a5780638df8280014610373575f5ffd5b806347697a04146102ef5780634e71d92d146102f85780635cfc1a511461030057806366e5d14c14610309575f5ffd5b8063248a9ca3116101e6578063248a9ca3146102985780632f2ff15d146102ab57806336568abe146102c05780633b592079146102d357806341b3d185146102e6575f5ffd5b806301ffc9a714610217578063078fe3011461023f5780630ac6702a146102605780631c02580614610284575b5f5ffd5b61022a610225366004612782565b6105ae565b60405190151581526020015b60405180910390f35b61025261024d3660046127bf565b6105d8565b604051908152602001610236565b5f546001600160a01b03165b6040516001600160a01b039091168152602001610236565b6102525f516020612af95f395f51905f5281565b6102526102a63660046127d8565b610687565b6102be6102b93660046127ef565b6106a7565b005b6102be6102ce3660046127ef565b6106c9565b6102be6102e1366004612819565b610701565b61025260045481565b61025260065481565b610252610b2b565b61025260035481565b610311610cca565b60408051928352602083019190915201610236565b60015461026c906001600160a01b031681565b6001546001600160a01b031661026c565b61035d6103583660046127d8565b610f13565b6040516102369190612846565b61025260055481565b6103116103813660046127d8565b610fd4565b6102be6103943660046127d8565b611192565b61026c6103a73660046128a8565b6111de565b6102be6103ba3660046127d8565b61120b565b61022a6103cd3660046127ef565b611257565b61025261128d565b6103e26112fc565b60405161023691906128dc565b6102525f81565b6104096104043660046127d8565b611348565b60405161023691906128ea565b6102526104243660046127d8565b611378565b6102526104373660046127d8565b611685565b5f5461026c906001600160a01b031681565b6102be61045c3660046127ef565b6116a9565b61025261046f3660046128a8565b6116c5565b6102526104823660046127bf565b61170e565b6102526104953660046127bf565b611763565b60025461026c906001600160a01b031681565b6102be6117b8565b61055a6104c33660046127bf565b604080516080810182525f808252602082018190529181018290526060810191909152506001600160a01b03165f90815260086020908152604091829020825160808101845281546001600160401b0381168252600160401b90046001600160c01b0316928101929092526001015463ffffffff8116928201929092526401000000009091046001600160e01b0316606082015290565b604051610236919081516001600160401b031681526020808301516001600160c01b03169082015260408083015163ffffffff16908201526060918201516001600160e01b03169181019190915260800190565b5f6001600160e01b031982166324ad069760e11b14806105d257506105d282611871565b92915050565b6001600160a01b0381165f90815260086020526040812080546001600160401b031680158061060957506005548114155b1561061757505f9392505050565b5f8181526007602052604090208054600160281b90046001600160401b03166001036106495760020154949350505050565b5f610655848484611895565b91505081600101545f1461067b5761067681836002015484600101546119f6565b61067d565b5f5b9695505050505050565b5f9081525f516020612b595f395f51905f52602052604090206001015490565b6106b082610687565b6106b981611aa6565b6106c38383611ab0565b50505050565b6001600160a01b03811633146106f25760405163334bd91960e11b815260040160405180910390fd5b6106fc8282611ae9565b505050565b5f61070a611b22565b805490915060ff600160401b82041615906001600160401b03165f811580156107305750825b90505f826001600160401b0316600114801561074b5750303b155b905081158015610759575080155b156107775760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff1916600117855583156107a157845460ff60401b1916600160401b1785555b5f6107af60208801886127bf565b6001600160a01b0316036107f35760405163fc03a99760e01b815260206004820152600560248201526430b236b4b760d91b60448201526064015b60405180910390fd5b5f61080460408801602089016127bf565b6001600160a01b0316036108445760405163fc03a99760e01b81526020600482015260066024820152653132b0b1b7b760d11b60448201526064016107ea565b5f61085560608801604089016127bf565b6001600160a01b03160361089b5760405163fc03a99760e01b815260206004820152600c60248201526b19195c1bdcda5d105cdcd95d60a21b60448201526064016107ea565b5f6108ac60808801606089016127bf565b6001600160a01b0316036108f05760405163fc03a99760e01b815260206004820152600a60248201526939b430b932aa37b5b2b760b11b60448201526064016107ea565b5f61090160a08801608089016127bf565b6001600160a01b0316036109455760405163fc03a99760e01b815260206004820152600a60248201526931b7b73a3937b63632b960b11b60448201526064016107ea565b61094d611b4a565b610955611b4a565b61096b5f61096660208901896127bf565b611ab0565b5061098d5f516020612af95f395f51905f526109666040890160208a016127bf565b5061099e60608701604088016127bf565b5f80546001600160a01b0319166001600160a01b03929092169190911790556109cd60808701606088016127bf565b600180546001600160a01b0319166001600160a01b03929092169190911790556109fd60a08701608088016127bf565b600280546001600160a01b0319166001600160a01b039290921691909117905560a086013560035560c08601356004556040517ff7a72338cb8cea60676daf376a1ee7bcef22f78104d5739d6b234e20136c96c590610a5d908890612935565b60405180910390a1604080515f815260a088013560208201527fc91507f537c077d3462bebc3f54fba6de821ac02526e0ef37d5cae249f57a40d910160405180910390a1604080515f815260c088013560208201527f91a5197bdd70e4b9e17ebdd91aab9f96b2a5a4cfb5010870b488963bd7a94d94910160405180910390a18315610b2357845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b5f610b34611b54565b335f908152600860205260408120805490916001600160401b0390911690819003610b745760405163d8c1c67360e01b81523360048201526024016107ea565b6005548114610b8e57610b873383611bc1565b9250610ca2565b5f8181526007602052604090206002815460ff166003811115610bb357610bb3612832565b03610bd45760405163016fefcd60e71b8152600481018390526024016107ea565b5f610be0848484611895565b60038401549196509150610bf390611c72565b84546001600160c01b0391909116600160401b026001600160401b039091161784558154600185015463ffffffff610100909204821691168114610c7a5760018501805463ffffffff191663ffffffff8316179055610c5182611ca9565b8560010160046101000a8154816001600160e01b0302191690836001600160e01b031602179055505b604051868152849033905f516020612b395f395f51905f529060200160405180910390a35050505b610cbd610cb65f546001600160a01b031690565b3385611cdc565b5050610cc7611cf6565b90565b5f5f610cd4611b54565b335f908152600860205260408120805490916001600160401b0390911690819003610d145760405163d8c1c67360e01b81523360048201526024016107ea565b6005548114610d2e57610d273383611bc1565b9350610ed5565b5f8181526007602052604090206002815460ff166003811115610d5357610d53612832565b03610d745760405163016fefcd60e71b8152600481018390526024016107ea565b5f610d80848484611895565b835491975091505f90610da590600190600160281b90046001600160401b03166129e4565b83546cffffffffffffffff00000000001916600160281b6001600160401b0383169081029190911785559091505f03610df0576002830180545f600186018190559091559550610e39565b60018301548015610e0d57610e0a838560020154836119f6565b96505b610e178382612a03565b846001018190555086846002015f828254610e329190612a03565b9091555050505b335f8181526008602052604080822082815560010191909155518591905f516020612b395f395f51905f5290610e72908b815260200190565b60405180910390a36040805183815260208101889052859133917fd7bb42c65445e1e9687ab84eab87a19247ad64b7cb3845cb57720abbcc86d2ed910160405180910390a3806001600160401b03165f03610ed157610ed18484611d20565b5050505b610ef0610ee95f546001600160a01b031690565b3386611cdc565b610f05610cb66001546001600160a01b031690565b5050610f0f611cf6565b9091565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091525f8281526007602052604090819020815160c081019092528054829060ff166003811115610f7457610f74612832565b6003811115610f8557610f85612832565b81528154610100810463ffffffff166020830152600160281b90046001600160401b03166040820152600182015460608201526002820154608082015260039091015460a09091015292915050565b5f5f5f516020612af95f395f51905f52610fed81611aa6565b610ff5611b54565b6005545f81815260076020526040902081158061102857506002815460ff16600381111561102557611025612832565b14155b156110525760026110376112fc565b60405163676fdeed60e11b81526004016107ea929190612a16565b60028101546110618782611d6d565b9550851561107c57611079865f19611d6d565b611d6d565b95505b600182015486156110d85761109087611d7c565b95506110ac866ec097ce7bc90715b34b9f1000000000836119f6565b836003015f8282546110be9190612a31565b909155506110ce90508783612a03565b6002840181905591505b6003830154604080518a8152602081018a905290810188905260608101919091526080810183905284907fd6bc57af9bdeff672c39eb7ac8725e83883c78f01ea44f6ce017a99e3ef5bb3c9060a00160405180910390a2815f03611145576111408484611d20565b611170565b825460ff191660011783558161115f633b9aca0083612a58565b106111705761117084848385611e03565b8615611180576111808787611ee0565b5050505061118c611cf6565b50915091565b5f61119c81611aa6565b60045460408051918252602082018490527f91a5197bdd70e4b9e17ebdd91aab9f96b2a5a4cfb5010870b488963bd7a94d94910160405180910390a150600455565b5f8281525f516020612b195f395f51905f5260208190526040822061120390846120ca565b949350505050565b5f61121581611aa6565b60035460408051918252602082018490527fc91507f537c077d3462bebc3f54fba6de821ac02526e0ef37d5cae249f57a40d910160405180910390a150600355565b5f9182525f516020612b595f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f611296611b54565b335f90815260086020526040902080546001600160401b03168015806112bd575060055481145b156112dc57604051625ce02d60e51b81523360048201526024016107ea565b6112e63383611bc1565b9250610cbd610cb65f546001600160a01b031690565b6005545f9080820361130f575f91505090565b60025f8281526007602052604090205460ff16600381111561133357611333612832565b1461133f576001611342565b60025b91505090565b5f8181525f516020612b195f395f51905f526020819052604090912060609190611371906120d5565b9392505050565b5f611381611b54565b60045482158061139057508083105b156113b85760405163326d30cb60e11b815260048101849052602481018290526044016107ea565b60055480158015906113eb575060025f8281526007602052604090205460ff1660038111156113e9576113e9612832565b145b1561140c5760405163016fefcd60e71b8152600481018290526024016107ea565b335f90815260086020526040812080549091906001600160401b031615801590611440575081546001600160401b03168314155b156114525761144f3383611bc1565b90505b825f03611464576114616120e1565b92505b5f83815260076020526040812083549091906001600160401b03168590036114bf57611491848684611895565b6040518281529194509150859033905f516020612b395f395f51905f529060200160405180910390a3611504565b815482906005906114df90600160281b90046001600160401b0316612a77565b91906101000a8154816001600160401b0302191690836001600160401b031602179055505b600182015480156115235761151e898285600201546119f6565b611525565b885b97506115318882612a31565b836001018190555088836002015f82825461154c9190612a31565b9091555061155b905086612140565b855467ffffffffffffffff19166001600160401b0391909116178555600383015461158590611c72565b85546001600160c01b0391909116600160401b026001600160401b03909116178555825460018601805463ffffffff191663ffffffff610100909304929092169190911790556115dd6115d88984612a31565b611ca9565b6001860180546001600160e01b03929092166401000000000263ffffffff909216919091179055604080518a8152602081018a9052879133917f91ede45f04a37a7c170f5c1207df3b6bc748dc1e04ad5e917a241d0f52feada3910160405180910390a361165d6116566001546001600160a01b031690565b338b612175565b611671610ee95f546001600160a01b031690565b50505050505050611680611cf6565b919050565b5f8181525f516020612b195f395f51905f5260208190526040822061137190612263565b6116b282610687565b6116bb81611aa6565b6106c38383611ae9565b5f8281526007602052604081208054610100900463ffffffff168314611703575f848152600960209081526040808320868452909152902054611203565b600301549392505050565b6001600160a01b0381165f90815260086020526040812080546001600160401b031680830361174057505f9392505050565b5f81815260076020526040902061175a9083908390611895565b50949350505050565b6001600160a01b0381165f90815260086020526040812080546001600160401b031680830361179557505f9392505050565b5f8181526007602052604090206117af9083908390611895565b95945050505050565b5f516020612af95f395f51905f526117cf81611aa6565b6117d7611b54565b6005545f8190036117e85750611866565b5f8181526007602052604090206002815460ff16600381111561180d5761180d612832565b0361182e5760405163016fefcd60e71b8152600481018390526024016107ea565b805460ff1916600217815560405182907f032bc66be43dbccb7487781d168eb7bda224628a3b2c3388bdf69b532a3a1611905f90a250505b61186e611cf6565b50565b5f6001600160e01b03198216635a05180f60e01b14806105d257506105d28261226c565b600183015481545f916001600160e01b036401000000008204169163ffffffff918216916101009091041680820361190c57865460038601546119039185916118ee91600160401b90046001600160c01b031690612a03565b6ec097ce7bc90715b34b9f10000000006119f6565b935050506119ee565b86545f8781526009602090815260408083208684529091529020546119479185916118ee91600160401b90046001600160c01b031690612a03565b93505f61195982611074600986612a31565b90505b808310156119df5761196d83612aa1565b925061197d633b9aca0085612a58565b935083156119df575f8284146119ab575f8881526009602090815260408083208784529091529020546119b1565b86600301545b90506119cd85826ec097ce7bc90715b34b9f10000000006119f6565b6119d79087612a31565b95505061195c565b8183146119ea575f93505b5050505b935093915050565b5f5f5f611a0386866122a0565b91509150815f03611a2757838181611a1d57611a1d612a44565b0492505050611371565b818411611a3e57611a3e60038515026011186122bc565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b61186e81336122cd565b5f5f516020612b195f395f51905f5281611aca858561230a565b90508015611203575f85815260208390526040902061175a90856123ab565b5f5f516020612b195f395f51905f5281611b0385856123bf565b90508015611203575f85815260208390526040902061175a9085612438565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a006105d2565b611b5261244c565b565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611b9457604051633ee5aeb560e01b815260040160405180910390fd5b611b5260017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612471565b80546001600160401b03165f818152600760205260408120909190611be99084908390611895565b506001600160a01b0385165f81815260086020526040808220828155600101919091555191935082915f516020612b395f395f51905f5290611c2e9086815260200190565b60405180910390a360405181906001600160a01b038616907f17807379ba663ac6d72cbec7d33ed88347cbee7fff18c4693987cc766b8b7f18905f90a35092915050565b5f6001600160c01b03821115611ca5576040516306dfcc6560e41b815260c06004820152602481018390526044016107ea565b5090565b5f6001600160e01b03821115611ca5576040516306dfcc6560e41b815260e06004820152602481018390526044016107ea565b80156106fc576106fc6001600160a01b0384168383612478565b611b525f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611bbb565b805460ff1916600390811782555f60055581015460405190815282907f438f9ff5755f710bbf928d1aa14c8f8a750ac918c3161207d4f1a50b978c5a769060200160405180910390a25050565b5f828218828410028218611371565b5f6105d28260015f9054906101000a90046001600160a01b03166001600160a01b0316633ba0b9a96040518163ffffffff1660e01b8152600401602060405180830381865afa158015611dd1573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611df59190612ab9565b670de0b6b3a76400006119f6565b825460038401545f86815260096020908152604080832061010090950463ffffffff168084529490915290208190555b611e41633b9aca0085612a58565b9350611e4c82612aa1565b915082611e5d633b9aca0086612a58565b1015611e3357611e6c826124d7565b855463ffffffff919091166101000264ffffffff0019909116178555600185018490555f6003860155604080518381526020810186905290810182905286907fc64a34b4902812dd190b648fdff8fe3156fc35730a0f27068b63e70598a45a019060600160405180910390a2505050505050565b600154604051630852cd8d60e31b8152600481018490526001600160a01b03909116906342966c68906024015f604051808303815f87803b158015611f23575f5ffd5b505af1158015611f35573d5f5f3e3d5ffd5b50505050805f03611f44575050565b5f80546040516370a0823160e01b81523060048201526001600160a01b03909116919082906370a0823190602401602060405180830381865afa158015611f8d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611fb19190612ab9565b600254604051631c06c74560e31b81526001600160a01b0385811660048301526024820187905292935091169063e0363a28906044015f604051808303815f87803b158015611ffe575f5ffd5b505af1158015612010573d5f5f3e3d5ffd5b50506040516370a0823160e01b81523060048201525f9250612088915083906001600160a01b038616906370a08231906024015b602060405180830381865afa15801561205f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906120839190612ab9565b612507565b90508381146120c357604051631f705c8360e21b81526001600160a01b038416600482015260248101859052604481018290526064016107ea565b5050505050565b5f611371838361251f565b60605f61137183612545565b5f60065f81546120f090612aa1565b918290555060058190555f81815260076020526040808220805460ff191660011790555191925082917fdcf229a9e6b0354c7211ef9a975466575cdf135aff4091025af625a765647f839190a290565b5f6001600160401b03821115611ca557604080516306dfcc6560e41b81526004810191909152602481018390526044016107ea565b6040516370a0823160e01b81523060048201525f906001600160a01b038516906370a0823190602401602060405180830381865afa1580156121b9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906121dd9190612ab9565b90506121f46001600160a01b03851684308561259e565b6040516370a0823160e01b81523060048201525f906122289083906001600160a01b038816906370a0823190602401612044565b90508281146120c357604051631f705c8360e21b81526001600160a01b038616600482015260248101849052604481018290526064016107ea565b5f6105d2825490565b5f6001600160e01b03198216637965db0b60e01b14806105d257506301ffc9a760e01b6001600160e01b03198316146105d2565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6122d78282611257565b6123065760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016107ea565b5050565b5f5f516020612b595f395f51905f526123238484611257565b6123a2575f848152602082815260408083206001600160a01b03871684529091529020805460ff191660011790556123583390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a460019150506105d2565b5f9150506105d2565b5f611371836001600160a01b0384166125d7565b5f5f516020612b595f395f51905f526123d88484611257565b156123a2575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a460019150506105d2565b5f611371836001600160a01b038416612623565b6124546126fd565b611b5257604051631afcd79f60e31b815260040160405180910390fd5b80825d5050565b6040516001600160a01b038381166024830152604482018390526106fc91859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050612716565b5f63ffffffff821115611ca5576040516306dfcc6560e41b815260206004820152602481018390526044016107ea565b5f828211612515575f611371565b6113718383612a03565b5f825f01828154811061253457612534612ad0565b905f5260205f200154905092915050565b6060815f0180548060200260200160405190810160405280929190818152602001828054801561259257602002820191905f5260205f20905b81548152602001906001019080831161257e575b50505050509050919050565b6040516001600160a01b0384811660248301528381166044830152606482018390526106c39186918216906323b872dd906084016124a5565b5f81815260018301602052604081205461261c57508154600181810184555f8481526020808220909301849055845484825282860190935260409020919091556105d2565b505f6105d2565b5f81815260018301602052604081205480156123a2575f612645600183612a03565b85549091505f9061265890600190612a03565b90508082146126b7575f865f01828154811061267657612676612ad0565b905f5260205f200154905080875f01848154811061269657612696612ad0565b5f918252602080832090910192909255918252600188019052604090208390555b85548690806126c8576126c8612ae4565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f9055600193505050506105d2565b5f612706611b22565b54600160401b900460ff16919050565b5f5f60205f8451602086015f885af180612735576040513d5f823e3d81fd5b50505f513d9150811561274c578060011415612759565b6001600160a01b0384163b155b156106c357604051635274afe760e01b81526001600160a01b03851660048201526024016107ea565b5f60208284031215612792575f5ffd5b81356001600160e01b031981168114611371575f5ffd5b80356001600160a01b0381168114611680575f5ffd5b5f602082840312156127cf575f5ffd5b611371826127a9565b5f602082840312156127e8575f5ffd5b5035919050565b5f5f60408385031215612800575f5ffd5b82359150612810602084016127a9565b90509250929050565b5f60e082840312801561282a575f5ffd5b509092915050565b634e487b7160e01b5f52602160045260245ffd5b815160c08201906004811061285d5761285d612832565b8083525063ffffffff60208401511660208301526001600160401b036040840151166040830152606083015160608301526080830151608083015260a083015160a083015292915050565b5f5f604083850312156128b9575f5ffd5b50508035926020909101359150565b600381106128d8576128d8612832565b9052565b602081016105d282846128c8565b602080825282518282018190525f918401906040840190835b8181101561292a5783516001600160a01b0316835260209384019390920191600101612903565b509095945050505050565b60e081016001600160a01b0361294a846127a9565b1682526001600160a01b03612961602085016127a9565b1660208301526001600160a01b0361297b604085016127a9565b1660408301526001600160a01b03612995606085016127a9565b1660608301526001600160a01b036129af608085016127a9565b16608083015260a0838101359083015260c092830135929091019190915290565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b0382811682821603908111156105d2576105d26129d0565b818103818111156105d2576105d26129d0565b60408101612a2482856128c8565b61137160208301846128c8565b808201808211156105d2576105d26129d0565b634e487b7160e01b5f52601260045260245ffd5b5f82612a7257634e487b7160e01b5f52601260045260245ffd5b500490565b5f6001600160401b0382166001600160401b038103612a9857612a986129d0565b60010192915050565b5f60018201612ab257612ab26129d0565b5060010190565b5f60208284031215612ac9575f5ffd5b5051919050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52603160045260245ffdfe3c81c3ff4cd75ed8ca5b0fe28ed5539650345ccf049a44b342b5c4beef34447fc1f6fe24621ce81ec5827caf0253cadb74709b061630e6b55e82371705932000d6f2c8500df5b44f11e9e48b91ff9f1b9d81bc496d55570c2b1b75bf65243f5102dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800";
