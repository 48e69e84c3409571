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
export const subscribeQueueBytecode: `0x${string}` = "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b612661806100d65f395ff3fe608060405234801561000f575f5ffd5b50600436106101fd575f3560e01c80638df8280011610114578063a3246ad3116100a9578063d547741f11610079578063d547741f14610438578063f40f0f521461044b578063f77c47911461045e578063f83d08ba14610471578063fd2d39c514610479575f5ffd5b8063a3246ad3146103e0578063b6b55f2514610400578063ca15c87314610413578063ccc41f2414610426575f5ffd5b806391d14854116100e457806391d14854146103a957806399f0dfbf146103bc5780639b1f7dc2146103c4578063a217fddf146103d9575f5ffd5b80638df828001461035d5780638fcc9cfb146103705780639010d07c1461038357806391915ef814610396575f5ffd5b806341b3d1851161019557806366e5d14c1161016557806366e5d14c146102f45780636c9fa59e146103115780637158da7c146103245780637d71dc35146103345780638ddb428a14610354575f5ffd5b806341b3d185146102d157806347697a04146102da5780634e71d92d146102e35780635cfc1a51146102eb575f5ffd5b8063248a9ca3116101d0578063248a9ca3146102835780632f2ff15d1461029657806336568abe146102ab5780633b592079146102be575f5ffd5b806301ffc9a714610201578063078fe301146102295780630ac6702a1461024a5780631c0258061461026f575b5f5ffd5b61021461020f366004612363565b6104ae565b60405190151581526020015b60405180910390f35b61023c6102373660046123a0565b6104d8565b604051908152602001610220565b6001546001600160a01b03165b6040516001600160a01b039091168152602001610220565b61023c5f5160206125e15f395f51905f5281565b61023c6102913660046123b9565b61053d565b6102a96102a43660046123d0565b61055d565b005b6102a96102b93660046123d0565b61057f565b6102a96102cc3660046123fa565b6105b7565b61023c60045481565b61023c60065481565b61023c6109ab565b61023c60035481565b6102fc610aae565b60408051928352602083019190915201610220565b600154610257906001600160a01b031681565b5f546001600160a01b0316610257565b6103476103423660046123b9565b610c7f565b6040516102209190612427565b61023c60055481565b6102fc61036b3660046123b9565b610d10565b6102a961037e3660046123b9565b610e98565b610257610391366004612466565b610ee4565b6102a96103a43660046123b9565b610f09565b6102146103b73660046123d0565b610f55565b61023c610f8b565b6103cc610ff2565b604051610220919061249a565b61023c5f81565b6103f36103ee3660046123b9565b61103e565b60405161022091906124a8565b61023c61040e3660046123b9565b61106e565b61023c6104213660046123b9565b6112ab565b5f54610257906001600160a01b031681565b6102a96104463660046123d0565b6112cf565b61023c6104593660046123a0565b6112eb565b600254610257906001600160a01b031681565b6102a961132c565b61048c6104873660046123a0565b6113e5565b6040805182518152602080840151908201529181015190820152606001610220565b5f6001600160e01b03198216635a05180f60e01b14806104d257506104d282611447565b92915050565b6001600160a01b0381165f908152600860205260408120805415806105005750600554815414155b1561050d57505f92915050565b80545f908152600760205260409020600180830154600283015491830154610535929061147b565b949350505050565b5f9081525f5160206126415f395f51905f52602052604090206001015490565b6105668261053d565b61056f8161152b565b6105798383611535565b50505050565b6001600160a01b03811633146105a85760405163334bd91960e11b815260040160405180910390fd5b6105b28282611577565b505050565b5f6105c06115b0565b805490915060ff600160401b820416159067ffffffffffffffff165f811580156105e75750825b90505f8267ffffffffffffffff1660011480156106035750303b155b905081158015610611575080155b1561062f5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561065957845460ff60401b1916600160401b1785555b5f61066760208801886123a0565b6001600160a01b0316036106ab5760405163fc03a99760e01b815260206004820152600560248201526430b236b4b760d91b60448201526064015b60405180910390fd5b5f6106bc60408801602089016123a0565b6001600160a01b0316036106fc5760405163fc03a99760e01b81526020600482015260066024820152653132b0b1b7b760d11b60448201526064016106a2565b5f61070d60608801604089016123a0565b6001600160a01b0316036107535760405163fc03a99760e01b815260206004820152600c60248201526b19195c1bdcda5d105cdcd95d60a21b60448201526064016106a2565b5f61076460808801606089016123a0565b6001600160a01b0316036107a85760405163fc03a99760e01b815260206004820152600a60248201526939b430b932aa37b5b2b760b11b60448201526064016106a2565b5f6107b960a08801608089016123a0565b6001600160a01b0316036107fd5760405163fc03a99760e01b815260206004820152600a60248201526931b7b73a3937b63632b960b11b60448201526064016106a2565b6108056115d8565b61080d6115d8565b6108235f61081e60208901896123a0565b611535565b506108455f5160206125e15f395f51905f5261081e6040890160208a016123a0565b5061085660608701604088016123a0565b5f80546001600160a01b0319166001600160a01b039290921691909117905561088560808701606088016123a0565b600180546001600160a01b0319166001600160a01b03929092169190911790556108b560a08701608088016123a0565b600280546001600160a01b0319166001600160a01b039290921691909117905560a0860135600381905560c0870135600455604080515f815260208101929092527fc91507f537c077d3462bebc3f54fba6de821ac02526e0ef37d5cae249f57a40d910160405180910390a1604080515f815260c088013560208201527f91a5197bdd70e4b9e17ebdd91aab9f96b2a5a4cfb5010870b488963bd7a94d94910160405180910390a183156109a357845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b5f6109b46115e2565b335f908152600860205260408120805490918190036109e85760405163d8c1c67360e01b81523360048201526024016106a2565b6005548114610a02576109fb338361164f565b9250610a85565b5f8181526007602052604090206002815460ff166003811115610a2757610a27612413565b03610a485760405163016fefcd60e71b8152600481018390526024016106a2565b610a5283826116fb565b60038201546002850155604051818152909450829033905f5160206126215f395f51905f529060200160405180910390a3505b610aa1610a9a6001546001600160a01b031690565b3385611726565b5050610aab611740565b90565b5f5f610ab86115e2565b335f90815260086020526040812080549091819003610aec5760405163d8c1c67360e01b81523360048201526024016106a2565b6005548114610b0657610aff338361164f565b9350610c41565b5f8181526007602052604090206002815460ff166003811115610b2b57610b2b612413565b03610b4c5760405163016fefcd60e71b8152600481018390526024016106a2565b6001830154610b5b84836116fb565b9550610b70818360020154846001015461147b565b945080826001015f828254610b859190612507565b9250508190555084826002015f828254610b9f9190612507565b9091555050335f818152600860205260408082208281556001810183905560020191909155518491905f5160206126215f395f51905f5290610be4908a815260200190565b60405180910390a36040805182815260208101879052849133917fd7bb42c65445e1e9687ab84eab87a19247ad64b7cb3845cb57720abbcc86d2ed910160405180910390a381600101545f03610c3e57610c3e838361176a565b50505b610c5d610c566001546001600160a01b031690565b3386611726565b610c71610a9a5f546001600160a01b031690565b5050610c7b611740565b9091565b610ca76040805160808101909152805f81526020015f81526020015f81526020015f81525090565b5f82815260076020526040908190208151608081019092528054829060ff166003811115610cd757610cd7612413565b6003811115610ce857610ce8612413565b8152600182015460208201526002820154604082015260039091015460609091015292915050565b5f5f5f5160206125e15f395f51905f52610d298161152b565b610d316115e2565b6005545f818152600760205260409020811580610d6457506002815460ff166003811115610d6157610d61612413565b14155b15610d8e576002610d73610ff2565b60405163676fdeed60e11b81526004016106a292919061251a565b610d9c8682600201546117b7565b94508415610df857610dad856117c6565b9350610dc684670de0b6b3a7640000836001015461147b565b816003015f828254610dd89190612535565b9250508190555084816002015f828254610df29190612507565b90915550505b6003810154600282015460408051898152602081018990529081018790526060810192909252608082015282907fd6bc57af9bdeff672c39eb7ac8725e83883c78f01ea44f6ce017a99e3ef5bb3c9060a00160405180910390a280600201545f03610e6c57610e67828261176a565b610e78565b805460ff191660011781555b8415610e8857610e88858561184d565b5050610e92611740565b50915091565b5f610ea28161152b565b60045460408051918252602082018490527f91a5197bdd70e4b9e17ebdd91aab9f96b2a5a4cfb5010870b488963bd7a94d94910160405180910390a150600455565b5f8281525f5160206126015f395f51905f526020819052604082206105359084611a62565b5f610f138161152b565b60035460408051918252602082018490527fc91507f537c077d3462bebc3f54fba6de821ac02526e0ef37d5cae249f57a40d910160405180910390a150600355565b5f9182525f5160206126415f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f610f946115e2565b335f9081526008602052604090208054801580610fb2575060055481145b15610fd157604051625ce02d60e51b81523360048201526024016106a2565b610fdb338361164f565b9250610aa1610a9a6001546001600160a01b031690565b6005545f90808203611005575f91505090565b60025f8281526007602052604090205460ff16600381111561102957611029612413565b14611035576001611038565b60025b91505090565b5f8181525f5160206126015f395f51905f52602081905260409091206060919061106790611a6d565b9392505050565b5f6110776115e2565b60045482158061108657508083105b156110ae5760405163326d30cb60e11b815260048101849052602481018290526044016106a2565b60055480158015906110e1575060025f8281526007602052604090205460ff1660038111156110df576110df612413565b145b156111025760405163016fefcd60e71b8152600481018290526024016106a2565b61110b84611a79565b335f90815260086020526040812080549091901580159061112d575081548314155b1561113f5761113c338361164f565b90505b825f036111515761114e611bcd565b92505b5f83815260076020526040902082548490036111a55761117183826116fb565b915083336001600160a01b03165f5160206126215f395f51905f528460405161119c91815260200190565b60405180910390a35b6001810154156111c7576111c2878260010154836002015461147b565b6111c9565b865b955085816001015f8282546111de9190612535565b9250508190555086816002015f8282546111f89190612535565b90915550508383556001830180548791905f90611216908490612535565b9091555050600381015460028401556040805188815260208101889052859133917f91ede45f04a37a7c170f5c1207df3b6bc748dc1e04ad5e917a241d0f52feada3910160405180910390a361127d6112765f546001600160a01b031690565b3389611c2c565b6112996112926001546001600160a01b031690565b3384611726565b50505050506112a6611740565b919050565b5f8181525f5160206126015f395f51905f5260208190526040822061106790611d59565b6112d88261053d565b6112e18161152b565b6105798383611577565b6001600160a01b0381165f9081526008602052604081208054820361131257505f92915050565b80545f9081526007602052604090206110679082906116fb565b5f5160206125e15f395f51905f526113438161152b565b61134b6115e2565b6005545f81900361135c57506113da565b5f8181526007602052604090206002815460ff16600381111561138157611381612413565b036113a25760405163016fefcd60e71b8152600481018390526024016106a2565b805460ff1916600217815560405182907f032bc66be43dbccb7487781d168eb7bda224628a3b2c3388bdf69b532a3a1611905f90a250505b6113e2611740565b50565b61140660405180606001604052805f81526020015f81526020015f81525090565b506001600160a01b03165f90815260086020908152604091829020825160608101845281548152600182015492810192909252600201549181019190915290565b5f6001600160e01b03198216637965db0b60e01b14806104d257506301ffc9a760e01b6001600160e01b03198316146104d2565b5f5f5f6114888686611d62565b91509150815f036114ac578381816114a2576114a2612548565b0492505050611067565b8184116114c3576114c36003851502601118611d7e565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b6113e28133611d8f565b5f5f5160206126015f395f51905f528161154f8585611dcc565b90508015610535575f85815260208390526040902061156e9085611e6d565b50949350505050565b5f5f5160206126015f395f51905f52816115918585611e81565b90508015610535575f85815260208390526040902061156e9085611efa565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a006104d2565b6115e0611f0e565b565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561162257604051633ee5aeb560e01b815260040160405180910390fd5b6115e060017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611f33565b80545f81815260076020526040812090919061166c9084906116fb565b6001600160a01b0385165f8181526008602052604080822082815560018101839055600201919091555191935082915f5160206126215f395f51905f52906116b79086815260200190565b60405180910390a360405181906001600160a01b038616907f17807379ba663ac6d72cbec7d33ed88347cbee7fff18c4693987cc766b8b7f18905f90a35092915050565b5f6110678360010154846002015484600301546117189190612507565b670de0b6b3a764000061147b565b80156105b2576105b26001600160a01b0384168383611f3a565b6115e05f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611649565b805460ff1916600390811782555f60055581015460405190815282907f438f9ff5755f710bbf928d1aa14c8f8a750ac918c3161207d4f1a50b978c5a769060200160405180910390a25050565b5f828218828410028218611067565b5f6104d282670de0b6b3a764000060015f9054906101000a90046001600160a01b03166001600160a01b0316633ba0b9a96040518163ffffffff1660e01b8152600401602060405180830381865afa158015611824573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611848919061255c565b61147b565b5f80546040516370a0823160e01b81523060048201526001600160a01b03909116919082906370a0823190602401602060405180830381865afa158015611896573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118ba919061255c565b6002549091506118d7906001600160a01b03848116911686611f99565b60025460405163dfec1d9760e01b81526001600160a01b038481166004830152602482018790529091169063dfec1d97906044015f604051808303815f87803b158015611922575f5ffd5b505af1158015611934573d5f5f3e3d5ffd5b50506040516370a0823160e01b81523060048201525f92506001600160a01b03851691506370a0823190602401602060405180830381865afa15801561197c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119a0919061255c565b90505f8183116119b0575f6119ba565b6119ba8284612507565b90508581146119f557604051631f705c8360e21b81526001600160a01b038516600482015260248101879052604481018290526064016106a2565b84156109a3576001546040516340c10f1960e01b8152306004820152602481018790526001600160a01b03909116906340c10f19906044015f604051808303815f87803b158015611a44575f5ffd5b505af1158015611a56573d5f5f3e3d5ffd5b50505050505050505050565b5f6110678383612028565b60605f6110678361204e565b6003545f819003611a88575050565b600154604080516318160ddd60e01b815290516001600160a01b03909216915f91611b6b9184916318160ddd9160048083019260209291908290030181865afa158015611ad7573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611afb919061255c565b836001600160a01b0316633ba0b9a96040518163ffffffff1660e01b8152600401602060405180830381865afa158015611b37573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b5b919061255c565b670de0b6b3a764000060016120a7565b6005545f90815260076020526040812060020154919250908590611b8f9084612535565b611b999190612535565b905083811115611bc65760405163387bc0ab60e21b815260048101829052602481018590526044016106a2565b5050505050565b5f60065f8154611bdc90612573565b918290555060058190555f81815260076020526040808220805460ff191660011790555191925082917fdcf229a9e6b0354c7211ef9a975466575cdf135aff4091025af625a765647f839190a290565b6040516370a0823160e01b81523060048201525f906001600160a01b038516906370a0823190602401602060405180830381865afa158015611c70573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c94919061255c565b9050611cab6001600160a01b0385168430856120f2565b6040516370a0823160e01b81523060048201525f90611d1e9083906001600160a01b038816906370a0823190602401602060405180830381865afa158015611cf5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611d19919061255c565b61212b565b9050828114611bc657604051631f705c8360e21b81526001600160a01b038616600482015260248101849052604481018290526064016106a2565b5f6104d2825490565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b611d998282610f55565b611dc85760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016106a2565b5050565b5f5f5160206126415f395f51905f52611de58484610f55565b611e64575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055611e1a3390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a460019150506104d2565b5f9150506104d2565b5f611067836001600160a01b038416612143565b5f5f5160206126415f395f51905f52611e9a8484610f55565b15611e64575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a460019150506104d2565b5f611067836001600160a01b03841661218f565b611f16612269565b6115e057604051631afcd79f60e31b815260040160405180910390fd5b80825d5050565b6040516001600160a01b038381166024830152604482018390526105b291859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050612282565b604080516001600160a01b038416602482015260448082018490528251808303909101815260649091019091526020810180516001600160e01b031663095ea7b360e01b179052611fea84826122ee565b610579576040516001600160a01b0384811660248301525f604483015261201e91869182169063095ea7b390606401611f67565b6105798482612282565b5f825f01828154811061203d5761203d61258b565b905f5260205f200154905092915050565b6060815f0180548060200260200160405190810160405280929190818152602001828054801561209b57602002820191905f5260205f20905b815481526020019060010190808311612087575b50505050509050919050565b5f6120d46120b483612337565b80156120cf57505f84806120ca576120ca612548565b868809115b151590565b6120df86868661147b565b6120e99190612535565b95945050505050565b6040516001600160a01b0384811660248301528381166044830152606482018390526105799186918216906323b872dd90608401611f67565b5f828211612139575f611067565b6110678383612507565b5f81815260018301602052604081205461218857508154600181810184555f8481526020808220909301849055845484825282860190935260409020919091556104d2565b505f6104d2565b5f8181526001830160205260408120548015611e64575f6121b1600183612507565b85549091505f906121c490600190612507565b9050808214612223575f865f0182815481106121e2576121e261258b565b905f5260205f200154905080875f0184815481106122025761220261258b565b5f918252602080832090910192909255918252600188019052604090208390555b85548690806122345761223461259f565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f9055600193505050506104d2565b5f6122726115b0565b54600160401b900460ff16919050565b5f5f60205f8451602086015f885af1806122a1576040513d5f823e3d81fd5b50505f513d915081156122b85780600114156122c5565b6001600160a01b0384163b155b1561057957604051635274afe760e01b81526001600160a01b03851660048201526024016106a2565b5f5f5f5f60205f8651602088015f8a5af192503d91505f51905082801561232d5750811561231f578060011461232d565b5f866001600160a01b03163b115b9695505050505050565b5f600282600381111561234c5761234c612413565b61235691906125b3565b60ff166001149050919050565b5f60208284031215612373575f5ffd5b81356001600160e01b031981168114611067575f5ffd5b80356001600160a01b03811681146112a6575f5ffd5b5f602082840312156123b0575f5ffd5b6110678261238a565b5f602082840312156123c9575f5ffd5b5035919050565b5f5f604083850312156123e1575f5ffd5b823591506123f16020840161238a565b90509250929050565b5f60e082840312801561240b575f5ffd5b509092915050565b634e487b7160e01b5f52602160045260245ffd5b815160808201906004811061243e5761243e612413565b8083525060208301516020830152604083015160408301526060830151606083015292915050565b5f5f60408385031215612477575f5ffd5b50508035926020909101359150565b6003811061249657612496612413565b9052565b602081016104d28284612486565b602080825282518282018190525f918401906040840190835b818110156124e85783516001600160a01b03168352602093840193909201916001016124c1565b509095945050505050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156104d2576104d26124f3565b604081016125288285612486565b6110676020830184612486565b808201808211156104d2576104d26124f3565b634e487b7160e01b5f52601260045260245ffd5b5f6020828403121561256c575f5ffd5b5051919050565b5f60018201612584576125846124f3565b5060010190565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52603160045260245ffd5b5f60ff8316806125d157634e487b7160e01b5f52601260045260245ffd5b8060ff8416069150509291505056fe3c81c3ff4cd75ed8ca5b0fe28ed5539650345ccf049a44b342b5c4beef34447fc1f6fe24621ce81ec5827caf0253cadb74709b061630e6b55e82371705932000d6f2c8500df5b44f11e9e48b91ff9f1b9d81bc496d55570c2b1b75bf65243f5102dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800";
