// generated — do not edit. Regenerate with `tsx reconciler/scripts/gen-abi.ts` after `forge build`.
// NfatRedeem from contracts/src/nfat/NfatRedeem.sol.

export const nfatRedeemAbi = [
  {
    "type": "constructor",
    "inputs": [],
    "stateMutability": "nonpayable"
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
    "name": "NFAT_BEACON",
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
    "name": "account",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct INfatRedeem.Account",
        "components": [
          {
            "name": "funded",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "paid",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "firstFundedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "lastFundedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "late",
            "type": "bool",
            "internalType": "bool"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "available",
    "inputs": [
      {
        "name": "tokenId",
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
    "name": "claimInterest",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "paid",
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
    "name": "dealToken",
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
    "name": "facility",
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
    "name": "fund",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "fundedLate",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
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
    "name": "fundings",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple[]",
        "internalType": "struct INfatRedeem.Funding[]",
        "components": [
          {
            "name": "amount",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "at",
            "type": "uint64",
            "internalType": "uint64"
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
        "internalType": "struct INfatRedeem.RedeemConfig",
        "components": [
          {
            "name": "admin",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "nfatBeacon",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "depositAsset",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "controller",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "dealToken",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "facility",
            "type": "address",
            "internalType": "address"
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "redeem",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "paid",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
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
    "name": "spend",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "principalPart",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "paid",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
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
    "name": "totalOwed",
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
    "name": "writeDown",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "Funded",
    "inputs": [
      {
        "name": "tokenId",
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
        "name": "funded",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "late",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      },
      {
        "name": "by",
        "type": "address",
        "indexed": true,
        "internalType": "address"
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
    "name": "InterestClaimed",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "holder",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "paid",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "PrincipalWrittenDown",
    "inputs": [
      {
        "name": "tokenId",
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
        "name": "remaining",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "by",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RedeemInitialized",
    "inputs": [
      {
        "name": "config",
        "type": "tuple",
        "indexed": false,
        "internalType": "struct INfatRedeem.RedeemConfig",
        "components": [
          {
            "name": "admin",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "nfatBeacon",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "depositAsset",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "controller",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "dealToken",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "facility",
            "type": "address",
            "internalType": "address"
          }
        ]
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Redeemed",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "holder",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "paid",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "principal",
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
    "name": "Spent",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "holder",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "paid",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "principalPart",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "burnt",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
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
    "name": "Redeem_FundingShortfall",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "expected",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "received",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "Redeem_Matured",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "maturity",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "Redeem_NotHolder",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "Redeem_NothingToPay",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "Redeem_PrincipalCovered",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "available",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "principal",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "Redeem_PrincipalPartTooLarge",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "principalPart",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "principal",
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
    "name": "Redeem_Underfunded",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "available",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "principal",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "Redeem_UnknownToken",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "Redeem_WriteDownTooLarge",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "principal",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "Redeem_WrongSchedule",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "schedule",
        "type": "uint8",
        "internalType": "uint8"
      }
    ]
  },
  {
    "type": "error",
    "name": "Redeem_ZeroAddress",
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
    "name": "Redeem_ZeroAmount",
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
export const nfatRedeemBytecode: `0x${string}` = "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b61269f806100d65f395ff3fe608060405234801561000f575f5ffd5b5060043610610187575f3560e01c80639a3c37fa116100d9578063ccc41f2411610093578063db006a751161006e578063db006a75146104a0578063e7fa9f7d146104b3578063f5ee070f146104bc578063f77c4791146104cf575f5ffd5b8063ccc41f241461045b578063d13cb1fb1461046d578063d547741f1461048d575f5ffd5b80639a3c37fa146103d4578063a217fddf146103fb578063a3246ad314610402578063a65e2cfd14610422578063b3a49eae14610435578063ca15c87314610448575f5ffd5b80634edd8b411161014457806387c1fdba1161011f57806387c1fdba1461036f5780639010d07c1461039b57806391d14854146103ae57806396e494e8146103c1575f5ffd5b80634edd8b411461031e5780635280c3ee146103495780635bd45aa11461035c575f5ffd5b806301ffc9a71461018b578063248a9ca3146101b35780632dd7c658146101d45780632eb375ea146102e35780632f2ff15d146102f657806336568abe1461030b575b5f5ffd5b61019e61019936600461223f565b6104e2565b60405190151581526020015b60405180910390f35b6101c66101c1366004612266565b61050c565b6040519081526020016101aa565b61027c6101e2366004612266565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152505f90815260056020908152604091829020825160a08101845281546001600160801b038082168352600160801b9182900416938201939093526001909101546001600160401b0380821694830194909452600160401b81049093166060820152910460ff161515608082015290565b6040516101aa91905f60a0820190506001600160801b0383511682526001600160801b0360208401511660208301526001600160401b0360408401511660408301526001600160401b03606084015116606083015260808301511515608083015292915050565b6101c66102f1366004612266565b61052c565b61030961030436600461229c565b6106ac565b005b61030961031936600461229c565b6106ce565b600354610331906001600160a01b031681565b6040516001600160a01b0390911681526020016101aa565b600254610331906001600160a01b031681565b61030961036a3660046122ca565b610706565b61019e61037d366004612266565b5f90815260056020526040902060010154600160801b900460ff1690565b6103316103a93660046122ca565b6109a4565b61019e6103bc36600461229c565b6109d1565b6101c66103cf366004612266565b610a07565b6101c67fafef8c6856a21712016cb505b683d83dc0456f1c3e9370d201bc887934f413eb81565b6101c65f81565b610415610410366004612266565b610a42565b6040516101aa91906122ea565b6103096104303660046122ca565b610a72565b6101c66104433660046122ca565b610f08565b6101c6610456366004612266565b6111fe565b5f54610331906001600160a01b031681565b61048061047b366004612266565b611222565b6040516101aa9190612335565b61030961049b36600461229c565b6112ad565b6101c66104ae366004612266565b6112c9565b6101c660045481565b6103096104ca36600461238a565b611472565b600154610331906001600160a01b031681565b5f6001600160e01b03198216637ccf2b0760e11b14806105065750610506826118a0565b92915050565b5f9081525f51602061267f5f395f51905f52602052604090206001015490565b5f6105356118c4565b5f5f61054084611933565b60a0810151919350915060ff166002146105845760a08101516040516351d6ef1d60e01b81526004810186905260ff90911660248201526044015b60405180910390fd5b61058d84610a07565b9250825f036105b257604051631bdd740b60e01b81526004810185905260240161057b565b80516001600160801b031683106105f857805160405163cf7b0f2d60e01b815260048101869052602481018590526001600160801b03909116604482015260640161057b565b806080015164ffffffffff164210610639576080810151604051635c32974160e01b81526004810186905264ffffffffff909116602482015260440161057b565b6106438484611bff565b5f54610659906001600160a01b03168385611c73565b816001600160a01b0316847f5bd56c18bcf5c328fa6875f4ee4b28fe6f3188c3805a320276bc47aa87b4de0d8560405161069591815260200190565b60405180910390a350506106a7611cc5565b919050565b6106b58261050c565b6106be81611cef565b6106c88383611cfc565b50505050565b6001600160a01b03811633146106f75760405163334bd91960e11b815260040160405180910390fd5b6107018282611d3e565b505050565b61070e6118c4565b5f61071881611cef565b815f03610738576040516341f27c5360e11b815260040160405180910390fd5b600254604051634f558e7960e01b8152600481018590526001600160a01b03909116908190634f558e7990602401602060405180830381865afa158015610781573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107a591906123a3565b6107c557604051636d7a657560e11b81526004810185905260240161057b565b60405163c959c42b60e01b8152600481018590525f906001600160a01b0383169063c959c42b9060240161010060405180830381865afa15801561080b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061082f9190612407565b80519091506001600160801b03168411156108795780516040516316701ac560e11b815260048101879052602481018690526001600160801b03909116604482015260640161057b565b6040516338ac7ddb60e11b815260048101869052602481018590525f906001600160a01b03841690637158fbb6906044016020604051808303815f875af11580156108c6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108ea91906124c9565b60035460c084015160405163b249824560e01b81526004810191909152602481018890525f60448201529192506001600160a01b03169063b2498245906064015f604051808303815f87803b158015610941575f5ffd5b505af1158015610953573d5f5f3e3d5ffd5b505060408051888152602081018590523393508992507f45facb0b0f54df3138c9edcf9a55c82485079a8c8c65fc17ea0f76f188addac9910160405180910390a3505050506109a0611cc5565b5050565b5f8281525f51602061265f5f395f51905f526020819052604082206109c99084611d77565b949350505050565b5f9182525f51602061267f5f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f8181526005602052604081208054610a32906001600160801b03600160801b8204811691166124f4565b6001600160801b03169392505050565b5f8181525f51602061265f5f395f51905f526020819052604090912060609190610a6b90611d82565b9392505050565b610a7a6118c4565b7fafef8c6856a21712016cb505b683d83dc0456f1c3e9370d201bc887934f413eb610aa481611cef565b815f03610ac4576040516341f27c5360e11b815260040160405180910390fd5b600254604051634f558e7960e01b8152600481018590526001600160a01b0390911690634f558e7990602401602060405180830381865afa158015610b0b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b2f91906123a3565b610b4f57604051636d7a657560e11b81526004810184905260240161057b565b60025460405163c959c42b60e01b8152600481018590525f916001600160a01b03169063c959c42b9060240161010060405180830381865afa158015610b97573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bbb9190612407565b5f80546040516370a0823160e01b81523060048201529293506001600160a01b03169182906370a0823190602401602060405180830381865afa158015610c04573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c2891906124c9565b600154604051631c06c74560e31b81526001600160a01b0385811660048301526024820189905292935091169063e0363a28906044015f604051808303815f87803b158015610c75575f5ffd5b505af1158015610c87573d5f5f3e3d5ffd5b50506040516370a0823160e01b81523060048201525f92508391506001600160a01b038516906370a0823190602401602060405180830381865afa158015610cd1573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610cf591906124c9565b610cff9190612513565b9050858114610d3257604051630fcb9ced60e21b815260048101889052602481018790526044810182905260640161057b565b60808401515f888152600560205260408120805464ffffffffff909316421192909190610d69908a906001600160801b0316612526565b9050610d7481611d8e565b82546fffffffffffffffffffffffffffffffff19166001600160801b03919091161782555f610da242611dc5565b60018401549091506001600160401b03165f03610dd85760018301805467ffffffffffffffff19166001600160401b0383161790555b6001830180546fffffffffffffffff00000000000000001916600160401b6001600160401b038416021790558315610e205760018301805460ff60801b1916600160801b1790555b60065f8c81526020019081526020015f206040518060400160405280610e458d611d8e565b6001600160801b0390811682526001600160401b0380861660209384015284546001810186555f9586528386208551910180549590940151909116600160801b026001600160c01b0319909416911617919091179055600480548c9290610ead908490612526565b9091555050604080518b81526020810184905285151581830152905133918d917ff8e2aec9ff36da1f7feda815f4505f90c0b3ea6b5897c53cc33a9f363786abc69181900360600190a35050505050505050506109a0611cc5565b5f610f116118c4565b5f5f610f1c85611933565b60a0810151919350915060ff16600114610f5b5760a08101516040516351d6ef1d60e01b81526004810187905260ff909116602482015260440161057b565b835f03610f7b576040516341f27c5360e11b815260040160405180910390fd5b610f8485610a07565b81519093506001600160801b0316841180610f9e57508284115b15610fdf5780516040516343cad14760e01b815260048101879052602481018690526001600160801b0390911660448201526064810184905260840161057b565b80516001600160801b03168414801581611003575081516001600160801b03168410155b1561103d57815160405163cf7b0f2d60e01b815260048101889052602481018690526001600160801b03909116604482015260640161057b565b6110478685611bff565b80156110ab57600254604051630852cd8d60e31b8152600481018890526001600160a01b03909116906342966c68906024015f604051808303815f87803b158015611090575f5ffd5b505af11580156110a2573d5f5f3e3d5ffd5b50505050611120565b6002546040516338ac7ddb60e11b815260048101889052602481018790526001600160a01b0390911690637158fbb6906044016020604051808303815f875af11580156110fa573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061111e91906124c9565b505b60035460c083015160405163b249824560e01b815260048101919091526024810187905282151560448201526001600160a01b039091169063b2498245906064015f604051808303815f87803b158015611178575f5ffd5b505af115801561118a573d5f5f3e3d5ffd5b50505f546111a592506001600160a01b031690508486611c73565b60408051858152602081018790528215158183015290516001600160a01b0385169188917f73d897e9b74d5661ae7db11b9175de31dd355dc1855d456019fa3854dfb64ffd9181900360600190a3505050610506611cc5565b5f8181525f51602061265f5f395f51905f52602081905260408220610a6b90611dfa565b606060065f8381526020019081526020015f20805480602002602001604051908101604052809291908181526020015f905b828210156112a2575f84815260209081902060408051808201909152908401546001600160801b0381168252600160801b90046001600160401b031681830152825260019092019101611254565b505050509050919050565b6112b68261050c565b6112bf81611cef565b6106c88383611d3e565b5f6112d26118c4565b5f5f6112dd84611933565b915091506112ea84610a07565b81519093506001600160801b031683101561133457805160405163033f717b60e11b815260048101869052602481018590526001600160801b03909116604482015260640161057b565b61133e8484611bff565b600254604051630852cd8d60e31b8152600481018690526001600160a01b03909116906342966c68906024015f604051808303815f87803b158015611381575f5ffd5b505af1158015611393573d5f5f3e3d5ffd5b505060035460c0840151845160405163b249824560e01b815260048101929092526001600160801b03166024820152600160448201526001600160a01b03909116925063b249824591506064015f604051808303815f87803b1580156113f7575f5ffd5b505af1158015611409573d5f5f3e3d5ffd5b50505f5461142492506001600160a01b031690508385611c73565b8051604080518581526001600160801b0390921660208301526001600160a01b0384169186917fa5851b0172fdafd3dafe0e52ce051747548a4c642a2f22793c01faf228e130629101610695565b5f61147b611e03565b805490915060ff600160401b82041615906001600160401b03165f811580156114a15750825b90505f826001600160401b031660011480156114bc5750303b155b9050811580156114ca575080155b156114e85760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561151257845460ff60401b1916600160401b1785555b5f6115206020880188612539565b6001600160a01b03160361155f576040516307b189a560e51b815260206004820152600560248201526430b236b4b760d91b604482015260640161057b565b5f6115706040880160208901612539565b6001600160a01b0316036115b4576040516307b189a560e51b815260206004820152600a602482015269373330ba2132b0b1b7b760b11b604482015260640161057b565b5f6115c56060880160408901612539565b6001600160a01b03160361160b576040516307b189a560e51b815260206004820152600c60248201526b19195c1bdcda5d105cdcd95d60a21b604482015260640161057b565b5f61161c6080880160608901612539565b6001600160a01b031603611660576040516307b189a560e51b815260206004820152600a60248201526931b7b73a3937b63632b960b11b604482015260640161057b565b5f61167160a0880160808901612539565b6001600160a01b0316036116b4576040516307b189a560e51b81526020600482015260096024820152683232b0b62a37b5b2b760b91b604482015260640161057b565b5f6116c560c0880160a08901612539565b6001600160a01b031603611707576040516307b189a560e51b8152602060048201526008602482015267666163696c69747960c01b604482015260640161057b565b61170f611e2b565b6117255f6117206020890189612539565b611cfc565b5061175a7fafef8c6856a21712016cb505b683d83dc0456f1c3e9370d201bc887934f413eb6117206040890160208a01612539565b5061176b6060870160408801612539565b5f80546001600160a01b0319166001600160a01b039290921691909117905561179a6080870160608801612539565b600180546001600160a01b0319166001600160a01b03929092169190911790556117ca60a0870160808801612539565b600280546001600160a01b0319166001600160a01b03929092169190911790556117fa60c0870160a08801612539565b600380546001600160a01b0319166001600160a01b03929092169190911790556040517f1e3a0223e8c459faf6fc0957699b8570f9957849984ab0cf4f73811f624e25f99061184a908890612554565b60405180910390a1831561189857845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b5f6001600160e01b03198216635a05180f60e01b1480610506575061050682611e33565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561190457604051633ee5aeb560e01b815260040160405180910390fd5b61193160017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611e67565b565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052600254604051634f558e7960e01b8152600481018590526001600160a01b03909116908190634f558e7990602401602060405180830381865afa1580156119bb573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119df91906123a3565b6119ff57604051636d7a657560e11b81526004810185905260240161057b565b6040516331a9108f60e11b8152600481018590526001600160a01b03821690636352211e90602401602060405180830381865afa158015611a42573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a6691906125fc565b9250336001600160a01b03841614801590611aec575060405163e985e9c560e01b81526001600160a01b03848116600483015233602483015282169063e985e9c590604401602060405180830381865afa158015611ac6573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611aea91906123a3565b155b8015611b68575060405163020604bf60e21b81526004810185905233906001600160a01b0383169063081812fc90602401602060405180830381865afa158015611b38573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b5c91906125fc565b6001600160a01b031614155b15611b8f5760405163124b9e1f60e31b81526004810185905233602482015260440161057b565b60405163c959c42b60e01b8152600481018590526001600160a01b0382169063c959c42b9060240161010060405180830381865afa158015611bd3573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611bf79190612407565b915050915091565b611c0881611d8e565b5f8381526005602052604090208054601090611c35908490600160801b90046001600160801b0316612617565b92506101000a8154816001600160801b0302191690836001600160801b031602179055508060045f828254611c6a9190612513565b90915550505050565b604080516001600160a01b038416602482015260448082018490528251808303909101815260649091019091526020810180516001600160e01b031663a9059cbb60e01b179052610701908490611e6e565b6119315f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0061192b565b611cf98133611eda565b50565b5f5f51602061265f5f395f51905f5281611d168585611f13565b905080156109c9575f858152602083905260409020611d359085611fbb565b50949350505050565b5f5f51602061265f5f395f51905f5281611d588585611fcf565b905080156109c9575f858152602083905260409020611d359085612048565b5f610a6b838361205c565b60605f610a6b83612082565b5f6001600160801b03821115611dc1576040516306dfcc6560e41b8152608060048201526024810183905260440161057b565b5090565b5f6001600160401b03821115611dc157604080516306dfcc6560e41b815260048101919091526024810183905260440161057b565b5f610506825490565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610506565b6119316120db565b5f6001600160e01b03198216637965db0b60e01b148061050657506301ffc9a760e01b6001600160e01b0319831614610506565b80825d5050565b5f5f60205f8451602086015f885af180611e8d576040513d5f823e3d81fd5b50505f513d91508115611ea4578060011415611eb1565b6001600160a01b0384163b155b156106c857604051635274afe760e01b81526001600160a01b038516600482015260240161057b565b611ee482826109d1565b6109a05760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161057b565b5f5f51602061267f5f395f51905f52611f2c84846109d1565b611fab575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055611f613390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610506565b5f915050610506565b5092915050565b5f610a6b836001600160a01b038416612100565b5f5f51602061267f5f395f51905f52611fe884846109d1565b15611fab575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a46001915050610506565b5f610a6b836001600160a01b03841661214c565b5f825f01828154811061207157612071612636565b905f5260205f200154905092915050565b6060815f018054806020026020016040519081016040528092919081815260200182805480156120cf57602002820191905f5260205f20905b8154815260200190600101908083116120bb575b50505050509050919050565b6120e3612226565b61193157604051631afcd79f60e31b815260040160405180910390fd5b5f81815260018301602052604081205461214557508154600181810184555f848152602080822090930184905584548482528286019093526040902091909155610506565b505f610506565b5f8181526001830160205260408120548015611fab575f61216e600183612513565b85549091505f9061218190600190612513565b90508082146121e0575f865f01828154811061219f5761219f612636565b905f5260205f200154905080875f0184815481106121bf576121bf612636565b5f918252602080832090910192909255918252600188019052604090208390555b85548690806121f1576121f161264a565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f905560019350505050610506565b5f61222f611e03565b54600160401b900460ff16919050565b5f6020828403121561224f575f5ffd5b81356001600160e01b031981168114610a6b575f5ffd5b5f60208284031215612276575f5ffd5b5035919050565b6001600160a01b0381168114611cf9575f5ffd5b80356106a78161227d565b5f5f604083850312156122ad575f5ffd5b8235915060208301356122bf8161227d565b809150509250929050565b5f5f604083850312156122db575f5ffd5b50508035926020909101359150565b602080825282518282018190525f918401906040840190835b8181101561232a5783516001600160a01b0316835260209384019390920191600101612303565b509095945050505050565b602080825282518282018190525f918401906040840190835b8181101561232a57835180516001600160801b031684526020908101516001600160401b0316818501529093019260409092019160010161234e565b5f60c082840312801561239b575f5ffd5b509092915050565b5f602082840312156123b3575f5ffd5b81518015158114610a6b575f5ffd5b80516001600160801b03811681146106a7575f5ffd5b80516106a78161227d565b805164ffffffffff811681146106a7575f5ffd5b805160ff811681146106a7575f5ffd5b5f610100828403128015612419575f5ffd5b5060405161010081016001600160401b038111828210171561244957634e487b7160e01b5f52604160045260245ffd5b604052612455836123c2565b8152612463602084016123c2565b6020820152612474604084016123d8565b6040820152612485606084016123e3565b6060820152612496608084016123e3565b60808201526124a760a084016123f7565b60a082015260c0838101519082015260e0928301519281019290925250919050565b5f602082840312156124d9575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b6001600160801b038281168282160390811115610506576105066124e0565b81810381811115610506576105066124e0565b80820180821115610506576105066124e0565b5f60208284031215612549575f5ffd5b8135610a6b8161227d565b60c0810182356125638161227d565b6001600160a01b03168252602083013561257c8161227d565b6001600160a01b0316602083015260408301356125988161227d565b6001600160a01b0316604083015260608301356125b48161227d565b6001600160a01b031660608301526125ce60808401612291565b6001600160a01b031660808301526125e860a08401612291565b6001600160a01b03811660a0840152611fb4565b5f6020828403121561260c575f5ffd5b8151610a6b8161227d565b6001600160801b038181168382160190811115610506576105066124e0565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52603160045260245ffdfec1f6fe24621ce81ec5827caf0253cadb74709b061630e6b55e8237170593200002dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800";
