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
export const redeemQueueBytecode: `0x${string}` = "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b612493806100d65f395ff3fe608060405234801561000f575f5ffd5b50600436106101fd575f3560e01c80638df8280011610114578063a3246ad3116100a9578063d547741f11610079578063d547741f14610438578063f40f0f521461044b578063f77c47911461045e578063f83d08ba14610471578063fd2d39c514610479575f5ffd5b8063a3246ad3146103e0578063b6b55f2514610400578063ca15c87314610413578063ccc41f2414610426575f5ffd5b806391d14854116100e457806391d14854146103a957806399f0dfbf146103bc5780639b1f7dc2146103c4578063a217fddf146103d9575f5ffd5b80638df828001461035d5780638fcc9cfb146103705780639010d07c1461038357806391915ef814610396575f5ffd5b806341b3d1851161019557806366e5d14c1161016557806366e5d14c146102f35780636c9fa59e146103105780637158da7c146103235780637d71dc35146103345780638ddb428a14610354575f5ffd5b806341b3d185146102d057806347697a04146102d95780634e71d92d146102e25780635cfc1a51146102ea575f5ffd5b8063248a9ca3116101d0578063248a9ca3146102825780632f2ff15d1461029557806336568abe146102aa5780633b592079146102bd575f5ffd5b806301ffc9a714610201578063078fe301146102295780630ac6702a1461024a5780631c0258061461026e575b5f5ffd5b61021461020f3660046121c2565b610525565b60405190151581526020015b60405180910390f35b61023c6102373660046121ff565b61054f565b604051908152602001610220565b5f546001600160a01b03165b6040516001600160a01b039091168152602001610220565b61023c5f5160206124135f395f51905f5281565b61023c610290366004612218565b6105cf565b6102a86102a336600461222f565b6105ef565b005b6102a86102b836600461222f565b610611565b6102a86102cb366004612259565b610649565b61023c60045481565b61023c60065481565b61023c610a3b565b61023c60035481565b6102fb610b6d565b60408051928352602083019190915201610220565b600154610256906001600160a01b031681565b6001546001600160a01b0316610256565b610347610342366004612218565b610d43565b6040516102209190612286565b61023c60055481565b6102fb61036b366004612218565b610dd4565b6102a861037e366004612218565b610f5c565b6102566103913660046122c5565b610fa8565b6102a86103a4366004612218565b610fcd565b6102146103b736600461222f565b611019565b61023c61104f565b6103cc6110be565b60405161022091906122f9565b61023c5f81565b6103f36103ee366004612218565b61110a565b6040516102209190612307565b61023c61040e366004612218565b61113a565b61023c610421366004612218565b6113d2565b5f54610256906001600160a01b031681565b6102a861044636600461222f565b6113f6565b61023c6104593660046121ff565b611412565b600254610256906001600160a01b031681565b6102a8611465565b6104f16104873660046121ff565b60408051606080820183525f80835260208084018290529284018190526001600160a01b0394909416845260088252928290208251938401835280546001600160401b0381168552600160401b90046001600160c01b031691840191909152600101549082015290565b6040805182516001600160401b031681526020808401516001600160c01b0316908201529181015190820152606001610220565b5f6001600160e01b03198216635895c27b60e01b148061054957506105498261151e565b92915050565b6001600160a01b0381165f90815260086020526040812080546001600160401b03161580610589575060055481546001600160401b031614155b1561059657505f92915050565b80546001600160401b03165f9081526007602052604090206001808301546002830154918301546105c79290611542565b949350505050565b5f9081525f5160206124735f395f51905f52602052604090206001015490565b6105f8826105cf565b610601816115f2565b61060b83836115fc565b50505050565b6001600160a01b038116331461063a5760405163334bd91960e11b815260040160405180910390fd5b610644828261163e565b505050565b5f610652611677565b805490915060ff600160401b82041615906001600160401b03165f811580156106785750825b90505f826001600160401b031660011480156106935750303b155b9050811580156106a1575080155b156106bf5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff1916600117855583156106e957845460ff60401b1916600160401b1785555b5f6106f760208801886121ff565b6001600160a01b03160361073b5760405163fc03a99760e01b815260206004820152600560248201526430b236b4b760d91b60448201526064015b60405180910390fd5b5f61074c60408801602089016121ff565b6001600160a01b03160361078c5760405163fc03a99760e01b81526020600482015260066024820152653132b0b1b7b760d11b6044820152606401610732565b5f61079d60608801604089016121ff565b6001600160a01b0316036107e35760405163fc03a99760e01b815260206004820152600c60248201526b19195c1bdcda5d105cdcd95d60a21b6044820152606401610732565b5f6107f460808801606089016121ff565b6001600160a01b0316036108385760405163fc03a99760e01b815260206004820152600a60248201526939b430b932aa37b5b2b760b11b6044820152606401610732565b5f61084960a08801608089016121ff565b6001600160a01b03160361088d5760405163fc03a99760e01b815260206004820152600a60248201526931b7b73a3937b63632b960b11b6044820152606401610732565b61089561169f565b61089d61169f565b6108b35f6108ae60208901896121ff565b6115fc565b506108d55f5160206124135f395f51905f526108ae6040890160208a016121ff565b506108e660608701604088016121ff565b5f80546001600160a01b0319166001600160a01b039290921691909117905561091560808701606088016121ff565b600180546001600160a01b0319166001600160a01b039290921691909117905561094560a08701608088016121ff565b600280546001600160a01b0319166001600160a01b039290921691909117905560a0860135600381905560c0870135600455604080515f815260208101929092527fc91507f537c077d3462bebc3f54fba6de821ac02526e0ef37d5cae249f57a40d910160405180910390a1604080515f815260c088013560208201527f91a5197bdd70e4b9e17ebdd91aab9f96b2a5a4cfb5010870b488963bd7a94d94910160405180910390a18315610a3357845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b5f610a446116a9565b335f908152600860205260408120805490916001600160401b0390911690819003610a845760405163d8c1c67360e01b8152336004820152602401610732565b6005548114610a9e57610a973383611716565b9250610b45565b5f8181526007602052604090206002815460ff166003811115610ac357610ac3612272565b03610ae45760405163016fefcd60e71b815260048101839052602401610732565b610aee83826117c4565b9350610afd8160030154611800565b83546001600160c01b0391909116600160401b026001600160401b03909116178355604051848152829033905f5160206124535f395f51905f529060200160405180910390a3505b610b60610b595f546001600160a01b031690565b3385611837565b5050610b6a611851565b90565b5f5f610b776116a9565b335f908152600860205260408120805490916001600160401b0390911690819003610bb75760405163d8c1c67360e01b8152336004820152602401610732565b6005548114610bd157610bca3383611716565b9350610d05565b5f8181526007602052604090206002815460ff166003811115610bf657610bf6612272565b03610c175760405163016fefcd60e71b815260048101839052602401610732565b6001830154610c2684836117c4565b9550610c3b8183600201548460010154611542565b945080826001015f828254610c509190612366565b9250508190555084826002015f828254610c6a9190612366565b9091555050335f8181526008602052604080822082815560010191909155518491905f5160206124535f395f51905f5290610ca8908a815260200190565b60405180910390a36040805182815260208101879052849133917fd7bb42c65445e1e9687ab84eab87a19247ad64b7cb3845cb57720abbcc86d2ed910160405180910390a381600101545f03610d0257610d02838361187b565b50505b610d20610d195f546001600160a01b031690565b3386611837565b610d35610b596001546001600160a01b031690565b5050610d3f611851565b9091565b610d6b6040805160808101909152805f81526020015f81526020015f81526020015f81525090565b5f82815260076020526040908190208151608081019092528054829060ff166003811115610d9b57610d9b612272565b6003811115610dac57610dac612272565b8152600182015460208201526002820154604082015260039091015460609091015292915050565b5f5f5f5160206124135f395f51905f52610ded816115f2565b610df56116a9565b6005545f818152600760205260409020811580610e2857506002815460ff166003811115610e2557610e25612272565b14155b15610e52576002610e376110be565b60405163676fdeed60e11b8152600401610732929190612379565b610e608682600201546118c8565b94508415610ebc57610e71856118d7565b9350610e8a84670de0b6b3a76400008360010154611542565b816003015f828254610e9c9190612394565b9250508190555084816002015f828254610eb69190612366565b90915550505b6003810154600282015460408051898152602081018990529081018790526060810192909252608082015282907fd6bc57af9bdeff672c39eb7ac8725e83883c78f01ea44f6ce017a99e3ef5bb3c9060a00160405180910390a280600201545f03610f3057610f2b828261187b565b610f3c565b805460ff191660011781555b8415610f4c57610f4c8585611950565b5050610f56611851565b50915091565b5f610f66816115f2565b60045460408051918252602082018490527f91a5197bdd70e4b9e17ebdd91aab9f96b2a5a4cfb5010870b488963bd7a94d94910160405180910390a150600455565b5f8281525f5160206124335f395f51905f526020819052604082206105c79084611b3a565b5f610fd7816115f2565b60035460408051918252602082018490527fc91507f537c077d3462bebc3f54fba6de821ac02526e0ef37d5cae249f57a40d910160405180910390a150600355565b5f9182525f5160206124735f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f6110586116a9565b335f90815260086020526040902080546001600160401b031680158061107f575060055481145b1561109e57604051625ce02d60e51b8152336004820152602401610732565b6110a83383611716565b9250610b60610b595f546001600160a01b031690565b6005545f908082036110d1575f91505090565b60025f8281526007602052604090205460ff1660038111156110f5576110f5612272565b14611101576001611104565b60025b91505090565b5f8181525f5160206124335f395f51905f52602081905260409091206060919061113390611b45565b9392505050565b5f6111436116a9565b60045482158061115257508083105b1561117a5760405163326d30cb60e11b81526004810184905260248101829052604401610732565b60055480158015906111ad575060025f8281526007602052604090205460ff1660038111156111ab576111ab612272565b145b156111ce5760405163016fefcd60e71b815260048101829052602401610732565b335f90815260086020526040812080549091906001600160401b031615801590611202575081546001600160401b03168314155b15611214576112113383611716565b90505b825f0361122657611223611b51565b92505b5f83815260076020526040902082546001600160401b03168490036112835761124f83826117c4565b915083336001600160a01b03165f5160206124535f395f51905f528460405161127a91815260200190565b60405180910390a35b6001810154156112a5576112a08782600101548360020154611542565b6112a7565b865b955085816001015f8282546112bc9190612394565b9250508190555086816002015f8282546112d69190612394565b909155506112e5905084611bb0565b835467ffffffffffffffff19166001600160401b03919091161783556001830180548791905f90611317908490612394565b9091555050600381015461132a90611800565b83546001600160c01b0391909116600160401b026001600160401b039091161783556040805188815260208101889052859133917f91ede45f04a37a7c170f5c1207df3b6bc748dc1e04ad5e917a241d0f52feada3910160405180910390a36113a561139e6001546001600160a01b031690565b3389611be5565b6113c06113b95f546001600160a01b031690565b3384611837565b50505050506113cd611851565b919050565b5f8181525f5160206124335f395f51905f5260208190526040822061113390611cd3565b6113ff826105cf565b611408816115f2565b61060b838361163e565b6001600160a01b0381165f90815260086020526040812080546001600160401b0316820361144257505f92915050565b80546001600160401b03165f9081526007602052604090206111339082906117c4565b5f5160206124135f395f51905f5261147c816115f2565b6114846116a9565b6005545f8190036114955750611513565b5f8181526007602052604090206002815460ff1660038111156114ba576114ba612272565b036114db5760405163016fefcd60e71b815260048101839052602401610732565b805460ff1916600217815560405182907f032bc66be43dbccb7487781d168eb7bda224628a3b2c3388bdf69b532a3a1611905f90a250505b61151b611851565b50565b5f6001600160e01b03198216635a05180f60e01b1480610549575061054982611cdc565b5f5f5f61154f8686611d10565b91509150815f0361157357838181611569576115696123a7565b0492505050611133565b81841161158a5761158a6003851502601118611d2c565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b61151b8133611d3d565b5f5f5160206124335f395f51905f52816116168585611d7a565b905080156105c7575f8581526020839052604090206116359085611e1b565b50949350505050565b5f5f5160206124335f395f51905f52816116588585611e2f565b905080156105c7575f8581526020839052604090206116359085611ea8565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610549565b6116a7611ebc565b565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156116e957604051633ee5aeb560e01b815260040160405180910390fd5b6116a760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611ee1565b80546001600160401b03165f81815260076020526040812090919061173c9084906117c4565b6001600160a01b0385165f81815260086020526040808220828155600101919091555191935082915f5160206124535f395f51905f52906117809086815260200190565b60405180910390a360405181906001600160a01b038616907f17807379ba663ac6d72cbec7d33ed88347cbee7fff18c4693987cc766b8b7f18905f90a35092915050565b6001820154825460038301545f926111339290916117f291600160401b90046001600160c01b031690612366565b670de0b6b3a7640000611542565b5f6001600160c01b03821115611833576040516306dfcc6560e41b815260c0600482015260248101839052604401610732565b5090565b8015610644576106446001600160a01b0384168383611ee8565b6116a75f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611710565b805460ff1916600390811782555f60055581015460405190815282907f438f9ff5755f710bbf928d1aa14c8f8a750ac918c3161207d4f1a50b978c5a769060200160405180910390a25050565b5f828218828410028218611133565b5f6105498260015f9054906101000a90046001600160a01b03166001600160a01b0316633ba0b9a96040518163ffffffff1660e01b8152600401602060405180830381865afa15801561192c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117f291906123bb565b600154604051630852cd8d60e31b8152600481018490526001600160a01b03909116906342966c68906024015f604051808303815f87803b158015611993575f5ffd5b505af11580156119a5573d5f5f3e3d5ffd5b50505050805f036119b4575050565b5f80546040516370a0823160e01b81523060048201526001600160a01b03909116919082906370a0823190602401602060405180830381865afa1580156119fd573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a2191906123bb565b600254604051631c06c74560e31b81526001600160a01b0385811660048301526024820187905292935091169063e0363a28906044015f604051808303815f87803b158015611a6e575f5ffd5b505af1158015611a80573d5f5f3e3d5ffd5b50506040516370a0823160e01b81523060048201525f9250611af8915083906001600160a01b038616906370a08231906024015b602060405180830381865afa158015611acf573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611af391906123bb565b611f47565b9050838114611b3357604051631f705c8360e21b81526001600160a01b03841660048201526024810185905260448101829052606401610732565b5050505050565b5f6111338383611f5f565b60605f61113383611f85565b5f60065f8154611b60906123d2565b918290555060058190555f81815260076020526040808220805460ff191660011790555191925082917fdcf229a9e6b0354c7211ef9a975466575cdf135aff4091025af625a765647f839190a290565b5f6001600160401b0382111561183357604080516306dfcc6560e41b8152600481019190915260248101839052604401610732565b6040516370a0823160e01b81523060048201525f906001600160a01b038516906370a0823190602401602060405180830381865afa158015611c29573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c4d91906123bb565b9050611c646001600160a01b038516843085611fde565b6040516370a0823160e01b81523060048201525f90611c989083906001600160a01b038816906370a0823190602401611ab4565b9050828114611b3357604051631f705c8360e21b81526001600160a01b03861660048201526024810184905260448101829052606401610732565b5f610549825490565b5f6001600160e01b03198216637965db0b60e01b148061054957506301ffc9a760e01b6001600160e01b0319831614610549565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b611d478282611019565b611d765760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610732565b5050565b5f5f5160206124735f395f51905f52611d938484611019565b611e12575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055611dc83390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610549565b5f915050610549565b5f611133836001600160a01b038416612017565b5f5f5160206124735f395f51905f52611e488484611019565b15611e12575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a46001915050610549565b5f611133836001600160a01b038416612063565b611ec461213d565b6116a757604051631afcd79f60e31b815260040160405180910390fd5b80825d5050565b6040516001600160a01b0383811660248301526044820183905261064491859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050612156565b5f828211611f55575f611133565b6111338383612366565b5f825f018281548110611f7457611f746123ea565b905f5260205f200154905092915050565b6060815f01805480602002602001604051908101604052809291908181526020018280548015611fd257602002820191905f5260205f20905b815481526020019060010190808311611fbe575b50505050509050919050565b6040516001600160a01b03848116602483015283811660448301526064820183905261060b9186918216906323b872dd90608401611f15565b5f81815260018301602052604081205461205c57508154600181810184555f848152602080822090930184905584548482528286019093526040902091909155610549565b505f610549565b5f8181526001830160205260408120548015611e12575f612085600183612366565b85549091505f9061209890600190612366565b90508082146120f7575f865f0182815481106120b6576120b66123ea565b905f5260205f200154905080875f0184815481106120d6576120d66123ea565b5f918252602080832090910192909255918252600188019052604090208390555b8554869080612108576121086123fe565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f905560019350505050610549565b5f612146611677565b54600160401b900460ff16919050565b5f5f60205f8451602086015f885af180612175576040513d5f823e3d81fd5b50505f513d9150811561218c578060011415612199565b6001600160a01b0384163b155b1561060b57604051635274afe760e01b81526001600160a01b0385166004820152602401610732565b5f602082840312156121d2575f5ffd5b81356001600160e01b031981168114611133575f5ffd5b80356001600160a01b03811681146113cd575f5ffd5b5f6020828403121561220f575f5ffd5b611133826121e9565b5f60208284031215612228575f5ffd5b5035919050565b5f5f60408385031215612240575f5ffd5b82359150612250602084016121e9565b90509250929050565b5f60e082840312801561226a575f5ffd5b509092915050565b634e487b7160e01b5f52602160045260245ffd5b815160808201906004811061229d5761229d612272565b8083525060208301516020830152604083015160408301526060830151606083015292915050565b5f5f604083850312156122d6575f5ffd5b50508035926020909101359150565b600381106122f5576122f5612272565b9052565b6020810161054982846122e5565b602080825282518282018190525f918401906040840190835b818110156123475783516001600160a01b0316835260209384019390920191600101612320565b509095945050505050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561054957610549612352565b6040810161238782856122e5565b61113360208301846122e5565b8082018082111561054957610549612352565b634e487b7160e01b5f52601260045260245ffd5b5f602082840312156123cb575f5ffd5b5051919050565b5f600182016123e3576123e3612352565b5060010190565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52603160045260245ffdfe3c81c3ff4cd75ed8ca5b0fe28ed5539650345ccf049a44b342b5c4beef34447fc1f6fe24621ce81ec5827caf0253cadb74709b061630e6b55e82371705932000d6f2c8500df5b44f11e9e48b91ff9f1b9d81bc496d55570c2b1b75bf65243f5102dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800";
