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
export const nfatRedeemBytecode: `0x${string}` = "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b61228c806100d65f395ff3fe608060405234801561000f575f5ffd5b5060043610610148575f3560e01c806396e494e8116100bf578063d13cb1fb11610079578063d13cb1fb146103e8578063d547741f14610408578063db006a751461041b578063e7fa9f7d1461042e578063f5ee070f14610437578063f77c47911461044a575f5ffd5b806396e494e81461036f5780639a3c37fa14610382578063a217fddf146103a9578063a65e2cfd146103b0578063b3a49eae146103c3578063ccc41f24146103d6575f5ffd5b806336568abe1161011057806336568abe146102cc5780634edd8b41146102df5780635280c3ee1461030a5780635bd45aa11461031d57806387c1fdba1461033057806391d148541461035c575f5ffd5b806301ffc9a71461014c578063248a9ca3146101745780632dd7c658146101955780632eb375ea146102a45780632f2ff15d146102b7575b5f5ffd5b61015f61015a366004611ead565b61045d565b60405190151581526020015b60405180910390f35b610187610182366004611edb565b610487565b60405190815260200161016b565b61023d6101a3366004611edb565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152505f90815260056020908152604091829020825160a08101845281546001600160801b038082168352600160801b9182900416938201939093526001909101546001600160401b0380821694830194909452600160401b81049093166060820152910460ff161515608082015290565b60405161016b91905f60a0820190506001600160801b0383511682526001600160801b0360208401511660208301526001600160401b0360408401511660408301526001600160401b03606084015116606083015260808301511515608083015292915050565b6101876102b2366004611edb565b6104a7565b6102ca6102c5366004611f11565b610627565b005b6102ca6102da366004611f11565b610649565b6003546102f2906001600160a01b031681565b6040516001600160a01b03909116815260200161016b565b6002546102f2906001600160a01b031681565b6102ca61032b366004611f3f565b610681565b61015f61033e366004611edb565b5f90815260056020526040902060010154600160801b900460ff1690565b61015f61036a366004611f11565b61091f565b61018761037d366004611edb565b610955565b6101877fafef8c6856a21712016cb505b683d83dc0456f1c3e9370d201bc887934f413eb81565b6101875f81565b6102ca6103be366004611f3f565b610990565b6101876103d1366004611f3f565b610e26565b5f546102f2906001600160a01b031681565b6103fb6103f6366004611edb565b61111c565b60405161016b9190611f5f565b6102ca610416366004611f11565b6111a7565b610187610429366004611edb565b6111c3565b61018760045481565b6102ca610445366004611fbf565b61136c565b6001546102f2906001600160a01b031681565b5f6001600160e01b03198216637ccf2b0760e11b148061048157506104818261179a565b92915050565b5f9081525f51602061226c5f395f51905f52602052604090206001015490565b5f6104b06117ce565b5f5f6104bb8461183d565b60a0810151919350915060ff166002146104ff5760a08101516040516351d6ef1d60e01b81526004810186905260ff90911660248201526044015b60405180910390fd5b61050884610955565b9250825f0361052d57604051631bdd740b60e01b8152600481018590526024016104f6565b80516001600160801b0316831061057357805160405163cf7b0f2d60e01b815260048101869052602481018590526001600160801b0390911660448201526064016104f6565b806080015164ffffffffff1642106105b4576080810151604051635c32974160e01b81526004810186905264ffffffffff90911660248201526044016104f6565b6105be8484611b09565b5f546105d4906001600160a01b03168385611b7d565b816001600160a01b0316847f5bd56c18bcf5c328fa6875f4ee4b28fe6f3188c3805a320276bc47aa87b4de0d8560405161061091815260200190565b60405180910390a35050610622611bcf565b919050565b61063082610487565b61063981611bf9565b6106438383611c06565b50505050565b6001600160a01b03811633146106725760405163334bd91960e11b815260040160405180910390fd5b61067c8282611cae565b505050565b6106896117ce565b5f61069381611bf9565b815f036106b3576040516341f27c5360e11b815260040160405180910390fd5b600254604051634f558e7960e01b8152600481018590526001600160a01b03909116908190634f558e7990602401602060405180830381865afa1580156106fc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107209190611fd8565b61074057604051636d7a657560e11b8152600481018590526024016104f6565b60405163c959c42b60e01b8152600481018590525f906001600160a01b0383169063c959c42b9060240161010060405180830381865afa158015610786573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107aa919061203c565b80519091506001600160801b03168411156107f45780516040516316701ac560e11b815260048101879052602481018690526001600160801b0390911660448201526064016104f6565b6040516338ac7ddb60e11b815260048101869052602481018590525f906001600160a01b03841690637158fbb6906044016020604051808303815f875af1158015610841573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061086591906120fe565b60035460c084015160405163b249824560e01b81526004810191909152602481018890525f60448201529192506001600160a01b03169063b2498245906064015f604051808303815f87803b1580156108bc575f5ffd5b505af11580156108ce573d5f5f3e3d5ffd5b505060408051888152602081018590523393508992507f45facb0b0f54df3138c9edcf9a55c82485079a8c8c65fc17ea0f76f188addac9910160405180910390a35050505061091b611bcf565b5050565b5f9182525f51602061226c5f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f8181526005602052604081208054610980906001600160801b03600160801b820481169116612129565b6001600160801b03169392505050565b6109986117ce565b7fafef8c6856a21712016cb505b683d83dc0456f1c3e9370d201bc887934f413eb6109c281611bf9565b815f036109e2576040516341f27c5360e11b815260040160405180910390fd5b600254604051634f558e7960e01b8152600481018590526001600160a01b0390911690634f558e7990602401602060405180830381865afa158015610a29573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a4d9190611fd8565b610a6d57604051636d7a657560e11b8152600481018490526024016104f6565b60025460405163c959c42b60e01b8152600481018590525f916001600160a01b03169063c959c42b9060240161010060405180830381865afa158015610ab5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ad9919061203c565b5f80546040516370a0823160e01b81523060048201529293506001600160a01b03169182906370a0823190602401602060405180830381865afa158015610b22573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b4691906120fe565b600154604051631c06c74560e31b81526001600160a01b0385811660048301526024820189905292935091169063e0363a28906044015f604051808303815f87803b158015610b93575f5ffd5b505af1158015610ba5573d5f5f3e3d5ffd5b50506040516370a0823160e01b81523060048201525f92508391506001600160a01b038516906370a0823190602401602060405180830381865afa158015610bef573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c1391906120fe565b610c1d9190612148565b9050858114610c5057604051630fcb9ced60e21b81526004810188905260248101879052604481018290526064016104f6565b60808401515f888152600560205260408120805464ffffffffff909316421192909190610c87908a906001600160801b031661215b565b9050610c9281611d27565b82546fffffffffffffffffffffffffffffffff19166001600160801b03919091161782555f610cc042611d5e565b60018401549091506001600160401b03165f03610cf65760018301805467ffffffffffffffff19166001600160401b0383161790555b6001830180546fffffffffffffffff00000000000000001916600160401b6001600160401b038416021790558315610d3e5760018301805460ff60801b1916600160801b1790555b60065f8c81526020019081526020015f206040518060400160405280610d638d611d27565b6001600160801b0390811682526001600160401b0380861660209384015284546001810186555f9586528386208551910180549590940151909116600160801b026001600160c01b0319909416911617919091179055600480548c9290610dcb90849061215b565b9091555050604080518b81526020810184905285151581830152905133918d917ff8e2aec9ff36da1f7feda815f4505f90c0b3ea6b5897c53cc33a9f363786abc69181900360600190a350505050505050505061091b611bcf565b5f610e2f6117ce565b5f5f610e3a8561183d565b60a0810151919350915060ff16600114610e795760a08101516040516351d6ef1d60e01b81526004810187905260ff90911660248201526044016104f6565b835f03610e99576040516341f27c5360e11b815260040160405180910390fd5b610ea285610955565b81519093506001600160801b0316841180610ebc57508284115b15610efd5780516040516343cad14760e01b815260048101879052602481018690526001600160801b039091166044820152606481018490526084016104f6565b80516001600160801b03168414801581610f21575081516001600160801b03168410155b15610f5b57815160405163cf7b0f2d60e01b815260048101889052602481018690526001600160801b0390911660448201526064016104f6565b610f658685611b09565b8015610fc957600254604051630852cd8d60e31b8152600481018890526001600160a01b03909116906342966c68906024015f604051808303815f87803b158015610fae575f5ffd5b505af1158015610fc0573d5f5f3e3d5ffd5b5050505061103e565b6002546040516338ac7ddb60e11b815260048101889052602481018790526001600160a01b0390911690637158fbb6906044016020604051808303815f875af1158015611018573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061103c91906120fe565b505b60035460c083015160405163b249824560e01b815260048101919091526024810187905282151560448201526001600160a01b039091169063b2498245906064015f604051808303815f87803b158015611096575f5ffd5b505af11580156110a8573d5f5f3e3d5ffd5b50505f546110c392506001600160a01b031690508486611b7d565b60408051858152602081018790528215158183015290516001600160a01b0385169188917f73d897e9b74d5661ae7db11b9175de31dd355dc1855d456019fa3854dfb64ffd9181900360600190a3505050610481611bcf565b606060065f8381526020019081526020015f20805480602002602001604051908101604052809291908181526020015f905b8282101561119c575f84815260209081902060408051808201909152908401546001600160801b0381168252600160801b90046001600160401b03168183015282526001909201910161114e565b505050509050919050565b6111b082610487565b6111b981611bf9565b6106438383611cae565b5f6111cc6117ce565b5f5f6111d78461183d565b915091506111e484610955565b81519093506001600160801b031683101561122e57805160405163033f717b60e11b815260048101869052602481018590526001600160801b0390911660448201526064016104f6565b6112388484611b09565b600254604051630852cd8d60e31b8152600481018690526001600160a01b03909116906342966c68906024015f604051808303815f87803b15801561127b575f5ffd5b505af115801561128d573d5f5f3e3d5ffd5b505060035460c0840151845160405163b249824560e01b815260048101929092526001600160801b03166024820152600160448201526001600160a01b03909116925063b249824591506064015f604051808303815f87803b1580156112f1575f5ffd5b505af1158015611303573d5f5f3e3d5ffd5b50505f5461131e92506001600160a01b031690508385611b7d565b8051604080518581526001600160801b0390921660208301526001600160a01b0384169186917fa5851b0172fdafd3dafe0e52ce051747548a4c642a2f22793c01faf228e130629101610610565b5f611375611d93565b805490915060ff600160401b82041615906001600160401b03165f8115801561139b5750825b90505f826001600160401b031660011480156113b65750303b155b9050811580156113c4575080155b156113e25760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561140c57845460ff60401b1916600160401b1785555b5f61141a602088018861216e565b6001600160a01b031603611459576040516307b189a560e51b815260206004820152600560248201526430b236b4b760d91b60448201526064016104f6565b5f61146a604088016020890161216e565b6001600160a01b0316036114ae576040516307b189a560e51b815260206004820152600a602482015269373330ba2132b0b1b7b760b11b60448201526064016104f6565b5f6114bf606088016040890161216e565b6001600160a01b031603611505576040516307b189a560e51b815260206004820152600c60248201526b19195c1bdcda5d105cdcd95d60a21b60448201526064016104f6565b5f611516608088016060890161216e565b6001600160a01b03160361155a576040516307b189a560e51b815260206004820152600a60248201526931b7b73a3937b63632b960b11b60448201526064016104f6565b5f61156b60a088016080890161216e565b6001600160a01b0316036115ae576040516307b189a560e51b81526020600482015260096024820152683232b0b62a37b5b2b760b91b60448201526064016104f6565b5f6115bf60c0880160a0890161216e565b6001600160a01b031603611601576040516307b189a560e51b8152602060048201526008602482015267666163696c69747960c01b60448201526064016104f6565b611609611dbb565b61161f5f61161a602089018961216e565b611c06565b506116547fafef8c6856a21712016cb505b683d83dc0456f1c3e9370d201bc887934f413eb61161a6040890160208a0161216e565b50611665606087016040880161216e565b5f80546001600160a01b0319166001600160a01b0392909216919091179055611694608087016060880161216e565b600180546001600160a01b0319166001600160a01b03929092169190911790556116c460a087016080880161216e565b600280546001600160a01b0319166001600160a01b03929092169190911790556116f460c0870160a0880161216e565b600380546001600160a01b0319166001600160a01b03929092169190911790556040517f1e3a0223e8c459faf6fc0957699b8570f9957849984ab0cf4f73811f624e25f990611744908890612189565b60405180910390a1831561179257845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b5f6001600160e01b03198216637965db0b60e01b148061048157506301ffc9a760e01b6001600160e01b0319831614610481565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561180e57604051633ee5aeb560e01b815260040160405180910390fd5b61183b60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611dc3565b565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052600254604051634f558e7960e01b8152600481018590526001600160a01b03909116908190634f558e7990602401602060405180830381865afa1580156118c5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118e99190611fd8565b61190957604051636d7a657560e11b8152600481018590526024016104f6565b6040516331a9108f60e11b8152600481018590526001600160a01b03821690636352211e90602401602060405180830381865afa15801561194c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119709190612231565b9250336001600160a01b038416148015906119f6575060405163e985e9c560e01b81526001600160a01b03848116600483015233602483015282169063e985e9c590604401602060405180830381865afa1580156119d0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119f49190611fd8565b155b8015611a72575060405163020604bf60e21b81526004810185905233906001600160a01b0383169063081812fc90602401602060405180830381865afa158015611a42573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a669190612231565b6001600160a01b031614155b15611a995760405163124b9e1f60e31b8152600481018590523360248201526044016104f6565b60405163c959c42b60e01b8152600481018590526001600160a01b0382169063c959c42b9060240161010060405180830381865afa158015611add573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b01919061203c565b915050915091565b611b1281611d27565b5f8381526005602052604090208054601090611b3f908490600160801b90046001600160801b031661224c565b92506101000a8154816001600160801b0302191690836001600160801b031602179055508060045f828254611b749190612148565b90915550505050565b604080516001600160a01b038416602482015260448082018490528251808303909101815260649091019091526020810180516001600160e01b031663a9059cbb60e01b17905261067c908490611dca565b61183b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611835565b611c038133611e36565b50565b5f5f51602061226c5f395f51905f52611c1f848461091f565b611c9e575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055611c543390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610481565b5f915050610481565b5092915050565b5f5f51602061226c5f395f51905f52611cc7848461091f565b15611c9e575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a46001915050610481565b5f6001600160801b03821115611d5a576040516306dfcc6560e41b815260806004820152602481018390526044016104f6565b5090565b5f6001600160401b03821115611d5a57604080516306dfcc6560e41b81526004810191909152602481018390526044016104f6565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610481565b61183b611e6f565b80825d5050565b5f5f60205f8451602086015f885af180611de9576040513d5f823e3d81fd5b50505f513d91508115611e00578060011415611e0d565b6001600160a01b0384163b155b1561064357604051635274afe760e01b81526001600160a01b03851660048201526024016104f6565b611e40828261091f565b61091b5760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016104f6565b611e77611e94565b61183b57604051631afcd79f60e31b815260040160405180910390fd5b5f611e9d611d93565b54600160401b900460ff16919050565b5f60208284031215611ebd575f5ffd5b81356001600160e01b031981168114611ed4575f5ffd5b9392505050565b5f60208284031215611eeb575f5ffd5b5035919050565b6001600160a01b0381168114611c03575f5ffd5b803561062281611ef2565b5f5f60408385031215611f22575f5ffd5b823591506020830135611f3481611ef2565b809150509250929050565b5f5f60408385031215611f50575f5ffd5b50508035926020909101359150565b602080825282518282018190525f918401906040840190835b81811015611fb457835180516001600160801b031684526020908101516001600160401b03168185015290930192604090920191600101611f78565b509095945050505050565b5f60c0828403128015611fd0575f5ffd5b509092915050565b5f60208284031215611fe8575f5ffd5b81518015158114611ed4575f5ffd5b80516001600160801b0381168114610622575f5ffd5b805161062281611ef2565b805164ffffffffff81168114610622575f5ffd5b805160ff81168114610622575f5ffd5b5f61010082840312801561204e575f5ffd5b5060405161010081016001600160401b038111828210171561207e57634e487b7160e01b5f52604160045260245ffd5b60405261208a83611ff7565b815261209860208401611ff7565b60208201526120a96040840161200d565b60408201526120ba60608401612018565b60608201526120cb60808401612018565b60808201526120dc60a0840161202c565b60a082015260c0838101519082015260e0928301519281019290925250919050565b5f6020828403121561210e575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b6001600160801b03828116828216039081111561048157610481612115565b8181038181111561048157610481612115565b8082018082111561048157610481612115565b5f6020828403121561217e575f5ffd5b8135611ed481611ef2565b60c08101823561219881611ef2565b6001600160a01b0316825260208301356121b181611ef2565b6001600160a01b0316602083015260408301356121cd81611ef2565b6001600160a01b0316604083015260608301356121e981611ef2565b6001600160a01b0316606083015261220360808401611f06565b6001600160a01b0316608083015261221d60a08401611f06565b6001600160a01b03811660a0840152611ca7565b5f60208284031215612241575f5ffd5b8151611ed481611ef2565b6001600160801b0381811683821601908111156104815761048161211556fe02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800";
