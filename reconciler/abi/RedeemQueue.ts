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
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "shares",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "rewardDebt",
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
export const redeemQueueBytecode: `0x${string}` = "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b61230e806100d65f395ff3fe608060405234801561000f575f5ffd5b50600436106101fd575f3560e01c80638df8280011610114578063a3246ad3116100a9578063d547741f11610079578063d547741f14610438578063f40f0f521461044b578063f77c47911461045e578063f83d08ba14610471578063fd2d39c514610479575f5ffd5b8063a3246ad3146103e0578063b6b55f2514610400578063ca15c87314610413578063ccc41f2414610426575f5ffd5b806391d14854116100e457806391d14854146103a957806399f0dfbf146103bc5780639b1f7dc2146103c4578063a217fddf146103d9575f5ffd5b80638df828001461035d5780638fcc9cfb146103705780639010d07c1461038357806391915ef814610396575f5ffd5b806341b3d1851161019557806366e5d14c1161016557806366e5d14c146102f35780636c9fa59e146103105780637158da7c146103235780637d71dc35146103345780638ddb428a14610354575f5ffd5b806341b3d185146102d057806347697a04146102d95780634e71d92d146102e25780635cfc1a51146102ea575f5ffd5b8063248a9ca3116101d0578063248a9ca3146102825780632f2ff15d1461029557806336568abe146102aa5780633b592079146102bd575f5ffd5b806301ffc9a714610201578063078fe301146102295780630ac6702a1461024a5780631c0258061461026e575b5f5ffd5b61021461020f36600461203d565b6104ae565b60405190151581526020015b60405180910390f35b61023c61023736600461207a565b6104d8565b604051908152602001610220565b5f546001600160a01b03165b6040516001600160a01b039091168152602001610220565b61023c5f51602061228e5f395f51905f5281565b61023c610290366004612093565b61053d565b6102a86102a33660046120aa565b61055d565b005b6102a86102b83660046120aa565b61057f565b6102a86102cb3660046120d4565b6105b7565b61023c60045481565b61023c60065481565b61023c6109ab565b61023c60035481565b6102fb610aad565b60408051928352602083019190915201610220565b600154610256906001600160a01b031681565b6001546001600160a01b0316610256565b610347610342366004612093565b610c7e565b6040516102209190612101565b61023c60055481565b6102fb61036b366004612093565b610d0f565b6102a861037e366004612093565b610e97565b610256610391366004612140565b610ee3565b6102a86103a4366004612093565b610f08565b6102146103b73660046120aa565b610f54565b61023c610f8a565b6103cc610ff0565b6040516102209190612174565b61023c5f81565b6103f36103ee366004612093565b61103c565b6040516102209190612182565b61023c61040e366004612093565b61106c565b61023c610421366004612093565b6112a0565b5f54610256906001600160a01b031681565b6102a86104463660046120aa565b6112c4565b61023c61045936600461207a565b6112e0565b600254610256906001600160a01b031681565b6102a8611321565b61048c61048736600461207a565b6113da565b6040805182518152602080840151908201529181015190820152606001610220565b5f6001600160e01b03198216635a05180f60e01b14806104d257506104d28261143c565b92915050565b6001600160a01b0381165f908152600860205260408120805415806105005750600554815414155b1561050d57505f92915050565b80545f9081526007602052604090206001808301546002830154918301546105359290611470565b949350505050565b5f9081525f5160206122ee5f395f51905f52602052604090206001015490565b6105668261053d565b61056f81611520565b610579838361152a565b50505050565b6001600160a01b03811633146105a85760405163334bd91960e11b815260040160405180910390fd5b6105b2828261156c565b505050565b5f6105c06115a5565b805490915060ff600160401b820416159067ffffffffffffffff165f811580156105e75750825b90505f8267ffffffffffffffff1660011480156106035750303b155b905081158015610611575080155b1561062f5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561065957845460ff60401b1916600160401b1785555b5f610667602088018861207a565b6001600160a01b0316036106ab5760405163fc03a99760e01b815260206004820152600560248201526430b236b4b760d91b60448201526064015b60405180910390fd5b5f6106bc604088016020890161207a565b6001600160a01b0316036106fc5760405163fc03a99760e01b81526020600482015260066024820152653132b0b1b7b760d11b60448201526064016106a2565b5f61070d606088016040890161207a565b6001600160a01b0316036107535760405163fc03a99760e01b815260206004820152600c60248201526b19195c1bdcda5d105cdcd95d60a21b60448201526064016106a2565b5f610764608088016060890161207a565b6001600160a01b0316036107a85760405163fc03a99760e01b815260206004820152600a60248201526939b430b932aa37b5b2b760b11b60448201526064016106a2565b5f6107b960a088016080890161207a565b6001600160a01b0316036107fd5760405163fc03a99760e01b815260206004820152600a60248201526931b7b73a3937b63632b960b11b60448201526064016106a2565b6108056115cd565b61080d6115cd565b6108235f61081e602089018961207a565b61152a565b506108455f51602061228e5f395f51905f5261081e6040890160208a0161207a565b50610856606087016040880161207a565b5f80546001600160a01b0319166001600160a01b0392909216919091179055610885608087016060880161207a565b600180546001600160a01b0319166001600160a01b03929092169190911790556108b560a087016080880161207a565b600280546001600160a01b0319166001600160a01b039290921691909117905560a0860135600381905560c0870135600455604080515f815260208101929092527fc91507f537c077d3462bebc3f54fba6de821ac02526e0ef37d5cae249f57a40d910160405180910390a1604080515f815260c088013560208201527f91a5197bdd70e4b9e17ebdd91aab9f96b2a5a4cfb5010870b488963bd7a94d94910160405180910390a183156109a357845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b5f6109b46115d7565b335f908152600860205260408120805490918190036109e85760405163d8c1c67360e01b81523360048201526024016106a2565b6005548114610a02576109fb3383611644565b9250610a85565b5f8181526007602052604090206002815460ff166003811115610a2757610a276120ed565b03610a485760405163016fefcd60e71b8152600481018390526024016106a2565b610a5283826116f0565b60038201546002850155604051818152909450829033905f5160206122ce5f395f51905f529060200160405180910390a3505b610aa0610a995f546001600160a01b031690565b338561171b565b5050610aaa611735565b90565b5f5f610ab76115d7565b335f90815260086020526040812080549091819003610aeb5760405163d8c1c67360e01b81523360048201526024016106a2565b6005548114610b0557610afe3383611644565b9350610c40565b5f8181526007602052604090206002815460ff166003811115610b2a57610b2a6120ed565b03610b4b5760405163016fefcd60e71b8152600481018390526024016106a2565b6001830154610b5a84836116f0565b9550610b6f8183600201548460010154611470565b945080826001015f828254610b8491906121e1565b9250508190555084826002015f828254610b9e91906121e1565b9091555050335f818152600860205260408082208281556001810183905560020191909155518491905f5160206122ce5f395f51905f5290610be3908a815260200190565b60405180910390a36040805182815260208101879052849133917fd7bb42c65445e1e9687ab84eab87a19247ad64b7cb3845cb57720abbcc86d2ed910160405180910390a381600101545f03610c3d57610c3d838361175f565b50505b610c5b610c545f546001600160a01b031690565b338661171b565b610c70610a996001546001600160a01b031690565b5050610c7a611735565b9091565b610ca66040805160808101909152805f81526020015f81526020015f81526020015f81525090565b5f82815260076020526040908190208151608081019092528054829060ff166003811115610cd657610cd66120ed565b6003811115610ce757610ce76120ed565b8152600182015460208201526002820154604082015260039091015460609091015292915050565b5f5f5f51602061228e5f395f51905f52610d2881611520565b610d306115d7565b6005545f818152600760205260409020811580610d6357506002815460ff166003811115610d6057610d606120ed565b14155b15610d8d576002610d72610ff0565b60405163676fdeed60e11b81526004016106a29291906121f4565b610d9b8682600201546117ac565b94508415610df757610dac856117bb565b9350610dc584670de0b6b3a76400008360010154611470565b816003015f828254610dd7919061220f565b9250508190555084816002015f828254610df191906121e1565b90915550505b6003810154600282015460408051898152602081018990529081018790526060810192909252608082015282907fd6bc57af9bdeff672c39eb7ac8725e83883c78f01ea44f6ce017a99e3ef5bb3c9060a00160405180910390a280600201545f03610e6b57610e66828261175f565b610e77565b805460ff191660011781555b8415610e8757610e878585611834565b5050610e91611735565b50915091565b5f610ea181611520565b60045460408051918252602082018490527f91a5197bdd70e4b9e17ebdd91aab9f96b2a5a4cfb5010870b488963bd7a94d94910160405180910390a150600455565b5f8281525f5160206122ae5f395f51905f526020819052604082206105359084611a1e565b5f610f1281611520565b60035460408051918252602082018490527fc91507f537c077d3462bebc3f54fba6de821ac02526e0ef37d5cae249f57a40d910160405180910390a150600355565b5f9182525f5160206122ee5f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f610f936115d7565b335f9081526008602052604090208054801580610fb1575060055481145b15610fd057604051625ce02d60e51b81523360048201526024016106a2565b610fda3383611644565b9250610aa0610a995f546001600160a01b031690565b6005545f90808203611003575f91505090565b60025f8281526007602052604090205460ff166003811115611027576110276120ed565b14611033576001611036565b60025b91505090565b5f8181525f5160206122ae5f395f51905f52602081905260409091206060919061106590611a29565b9392505050565b5f6110756115d7565b60045482158061108457508083105b156110ac5760405163326d30cb60e11b815260048101849052602481018290526044016106a2565b60055480158015906110df575060025f8281526007602052604090205460ff1660038111156110dd576110dd6120ed565b145b156111005760405163016fefcd60e71b8152600481018290526024016106a2565b335f908152600860205260408120805490919015801590611122575081548314155b15611134576111313383611644565b90505b825f0361114657611143611a35565b92505b5f838152600760205260409020825484900361119a5761116683826116f0565b915083336001600160a01b03165f5160206122ce5f395f51905f528460405161119191815260200190565b60405180910390a35b6001810154156111bc576111b78782600101548360020154611470565b6111be565b865b955085816001015f8282546111d3919061220f565b9250508190555086816002015f8282546111ed919061220f565b90915550508383556001830180548791905f9061120b90849061220f565b9091555050600381015460028401556040805188815260208101889052859133917f91ede45f04a37a7c170f5c1207df3b6bc748dc1e04ad5e917a241d0f52feada3910160405180910390a361127361126c6001546001600160a01b031690565b3389611a94565b61128e6112875f546001600160a01b031690565b338461171b565b505050505061129b611735565b919050565b5f8181525f5160206122ae5f395f51905f5260208190526040822061106590611b82565b6112cd8261053d565b6112d681611520565b610579838361156c565b6001600160a01b0381165f9081526008602052604081208054820361130757505f92915050565b80545f9081526007602052604090206110659082906116f0565b5f51602061228e5f395f51905f5261133881611520565b6113406115d7565b6005545f81900361135157506113cf565b5f8181526007602052604090206002815460ff166003811115611376576113766120ed565b036113975760405163016fefcd60e71b8152600481018390526024016106a2565b805460ff1916600217815560405182907f032bc66be43dbccb7487781d168eb7bda224628a3b2c3388bdf69b532a3a1611905f90a250505b6113d7611735565b50565b6113fb60405180606001604052805f81526020015f81526020015f81525090565b506001600160a01b03165f90815260086020908152604091829020825160608101845281548152600182015492810192909252600201549181019190915290565b5f6001600160e01b03198216637965db0b60e01b14806104d257506301ffc9a760e01b6001600160e01b03198316146104d2565b5f5f5f61147d8686611b8b565b91509150815f036114a15783818161149757611497612222565b0492505050611065565b8184116114b8576114b86003851502601118611ba7565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b6113d78133611bb8565b5f5f5160206122ae5f395f51905f52816115448585611bf5565b90508015610535575f8581526020839052604090206115639085611c96565b50949350505050565b5f5f5160206122ae5f395f51905f52816115868585611caa565b90508015610535575f8581526020839052604090206115639085611d23565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a006104d2565b6115d5611d37565b565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561161757604051633ee5aeb560e01b815260040160405180910390fd5b6115d560017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611d5c565b80545f8181526007602052604081209091906116619084906116f0565b6001600160a01b0385165f8181526008602052604080822082815560018101839055600201919091555191935082915f5160206122ce5f395f51905f52906116ac9086815260200190565b60405180910390a360405181906001600160a01b038616907f17807379ba663ac6d72cbec7d33ed88347cbee7fff18c4693987cc766b8b7f18905f90a35092915050565b5f61106583600101548460020154846003015461170d91906121e1565b670de0b6b3a7640000611470565b80156105b2576105b26001600160a01b0384168383611d63565b6115d55f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0061163e565b805460ff1916600390811782555f60055581015460405190815282907f438f9ff5755f710bbf928d1aa14c8f8a750ac918c3161207d4f1a50b978c5a769060200160405180910390a25050565b5f828218828410028218611065565b5f6104d28260015f9054906101000a90046001600160a01b03166001600160a01b0316633ba0b9a96040518163ffffffff1660e01b8152600401602060405180830381865afa158015611810573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061170d9190612236565b600154604051630852cd8d60e31b8152600481018490526001600160a01b03909116906342966c68906024015f604051808303815f87803b158015611877575f5ffd5b505af1158015611889573d5f5f3e3d5ffd5b50505050805f03611898575050565b5f80546040516370a0823160e01b81523060048201526001600160a01b03909116919082906370a0823190602401602060405180830381865afa1580156118e1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119059190612236565b600254604051631c06c74560e31b81526001600160a01b0385811660048301526024820187905292935091169063e0363a28906044015f604051808303815f87803b158015611952575f5ffd5b505af1158015611964573d5f5f3e3d5ffd5b50506040516370a0823160e01b81523060048201525f92506119dc915083906001600160a01b038616906370a08231906024015b602060405180830381865afa1580156119b3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119d79190612236565b611dc2565b9050838114611a1757604051631f705c8360e21b81526001600160a01b038416600482015260248101859052604481018290526064016106a2565b5050505050565b5f6110658383611dda565b60605f61106583611e00565b5f60065f8154611a449061224d565b918290555060058190555f81815260076020526040808220805460ff191660011790555191925082917fdcf229a9e6b0354c7211ef9a975466575cdf135aff4091025af625a765647f839190a290565b6040516370a0823160e01b81523060048201525f906001600160a01b038516906370a0823190602401602060405180830381865afa158015611ad8573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611afc9190612236565b9050611b136001600160a01b038516843085611e59565b6040516370a0823160e01b81523060048201525f90611b479083906001600160a01b038816906370a0823190602401611998565b9050828114611a1757604051631f705c8360e21b81526001600160a01b038616600482015260248101849052604481018290526064016106a2565b5f6104d2825490565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b611bc28282610f54565b611bf15760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016106a2565b5050565b5f5f5160206122ee5f395f51905f52611c0e8484610f54565b611c8d575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055611c433390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a460019150506104d2565b5f9150506104d2565b5f611065836001600160a01b038416611e92565b5f5f5160206122ee5f395f51905f52611cc38484610f54565b15611c8d575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a460019150506104d2565b5f611065836001600160a01b038416611ede565b611d3f611fb8565b6115d557604051631afcd79f60e31b815260040160405180910390fd5b80825d5050565b6040516001600160a01b038381166024830152604482018390526105b291859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050611fd1565b5f828211611dd0575f611065565b61106583836121e1565b5f825f018281548110611def57611def612265565b905f5260205f200154905092915050565b6060815f01805480602002602001604051908101604052809291908181526020018280548015611e4d57602002820191905f5260205f20905b815481526020019060010190808311611e39575b50505050509050919050565b6040516001600160a01b0384811660248301528381166044830152606482018390526105799186918216906323b872dd90608401611d90565b5f818152600183016020526040812054611ed757508154600181810184555f8481526020808220909301849055845484825282860190935260409020919091556104d2565b505f6104d2565b5f8181526001830160205260408120548015611c8d575f611f006001836121e1565b85549091505f90611f13906001906121e1565b9050808214611f72575f865f018281548110611f3157611f31612265565b905f5260205f200154905080875f018481548110611f5157611f51612265565b5f918252602080832090910192909255918252600188019052604090208390555b8554869080611f8357611f83612279565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f9055600193505050506104d2565b5f611fc16115a5565b54600160401b900460ff16919050565b5f5f60205f8451602086015f885af180611ff0576040513d5f823e3d81fd5b50505f513d91508115612007578060011415612014565b6001600160a01b0384163b155b1561057957604051635274afe760e01b81526001600160a01b03851660048201526024016106a2565b5f6020828403121561204d575f5ffd5b81356001600160e01b031981168114611065575f5ffd5b80356001600160a01b038116811461129b575f5ffd5b5f6020828403121561208a575f5ffd5b61106582612064565b5f602082840312156120a3575f5ffd5b5035919050565b5f5f604083850312156120bb575f5ffd5b823591506120cb60208401612064565b90509250929050565b5f60e08284031280156120e5575f5ffd5b509092915050565b634e487b7160e01b5f52602160045260245ffd5b8151608082019060048110612118576121186120ed565b8083525060208301516020830152604083015160408301526060830151606083015292915050565b5f5f60408385031215612151575f5ffd5b50508035926020909101359150565b60038110612170576121706120ed565b9052565b602081016104d28284612160565b602080825282518282018190525f918401906040840190835b818110156121c25783516001600160a01b031683526020938401939092019160010161219b565b509095945050505050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156104d2576104d26121cd565b604081016122028285612160565b6110656020830184612160565b808201808211156104d2576104d26121cd565b634e487b7160e01b5f52601260045260245ffd5b5f60208284031215612246575f5ffd5b5051919050565b5f6001820161225e5761225e6121cd565b5060010190565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52603160045260245ffdfe3c81c3ff4cd75ed8ca5b0fe28ed5539650345ccf049a44b342b5c4beef34447fc1f6fe24621ce81ec5827caf0253cadb74709b061630e6b55e82371705932000d6f2c8500df5b44f11e9e48b91ff9f1b9d81bc496d55570c2b1b75bf65243f5102dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800";
