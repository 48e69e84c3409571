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
export const nfatRedeemBytecode: `0x${string}` = "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b612280806100d65f395ff3fe608060405234801561000f575f5ffd5b5060043610610148575f3560e01c806396e494e8116100bf578063d13cb1fb11610079578063d13cb1fb146103e8578063d547741f14610408578063db006a751461041b578063e7fa9f7d1461042e578063f5ee070f14610437578063f77c47911461044a575f5ffd5b806396e494e81461036f5780639a3c37fa14610382578063a217fddf146103a9578063a65e2cfd146103b0578063b3a49eae146103c3578063ccc41f24146103d6575f5ffd5b806336568abe1161011057806336568abe146102cc5780634edd8b41146102df5780635280c3ee1461030a5780635bd45aa11461031d57806387c1fdba1461033057806391d148541461035c575f5ffd5b806301ffc9a71461014c578063248a9ca3146101745780632dd7c658146101955780632eb375ea146102a45780632f2ff15d146102b7575b5f5ffd5b61015f61015a366004611ea1565b61045d565b60405190151581526020015b60405180910390f35b610187610182366004611ecf565b610487565b60405190815260200161016b565b61023d6101a3366004611ecf565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152505f90815260056020908152604091829020825160a08101845281546001600160801b038082168352600160801b9182900416938201939093526001909101546001600160401b0380821694830194909452600160401b81049093166060820152910460ff161515608082015290565b60405161016b91905f60a0820190506001600160801b0383511682526001600160801b0360208401511660208301526001600160401b0360408401511660408301526001600160401b03606084015116606083015260808301511515608083015292915050565b6101876102b2366004611ecf565b6104a7565b6102ca6102c5366004611f05565b610627565b005b6102ca6102da366004611f05565b610649565b6003546102f2906001600160a01b031681565b6040516001600160a01b03909116815260200161016b565b6002546102f2906001600160a01b031681565b6102ca61032b366004611f33565b610681565b61015f61033e366004611ecf565b5f90815260056020526040902060010154600160801b900460ff1690565b61015f61036a366004611f05565b61091f565b61018761037d366004611ecf565b610955565b6101877fafef8c6856a21712016cb505b683d83dc0456f1c3e9370d201bc887934f413eb81565b6101875f81565b6102ca6103be366004611f33565b610990565b6101876103d1366004611f33565b610e1a565b5f546102f2906001600160a01b031681565b6103fb6103f6366004611ecf565b611110565b60405161016b9190611f53565b6102ca610416366004611f05565b61119b565b610187610429366004611ecf565b6111b7565b61018760045481565b6102ca610445366004611fb3565b611360565b6001546102f2906001600160a01b031681565b5f6001600160e01b03198216637ccf2b0760e11b148061048157506104818261178e565b92915050565b5f9081525f5160206122605f395f51905f52602052604090206001015490565b5f6104b06117c2565b5f5f6104bb84611831565b60a0810151919350915060ff166002146104ff5760a08101516040516351d6ef1d60e01b81526004810186905260ff90911660248201526044015b60405180910390fd5b61050884610955565b9250825f0361052d57604051631bdd740b60e01b8152600481018590526024016104f6565b80516001600160801b0316831061057357805160405163cf7b0f2d60e01b815260048101869052602481018590526001600160801b0390911660448201526064016104f6565b806080015164ffffffffff1642106105b4576080810151604051635c32974160e01b81526004810186905264ffffffffff90911660248201526044016104f6565b6105be8484611afd565b5f546105d4906001600160a01b03168385611b71565b816001600160a01b0316847f5bd56c18bcf5c328fa6875f4ee4b28fe6f3188c3805a320276bc47aa87b4de0d8560405161061091815260200190565b60405180910390a35050610622611bc3565b919050565b61063082610487565b61063981611bed565b6106438383611bfa565b50505050565b6001600160a01b03811633146106725760405163334bd91960e11b815260040160405180910390fd5b61067c8282611ca2565b505050565b6106896117c2565b5f61069381611bed565b815f036106b3576040516341f27c5360e11b815260040160405180910390fd5b600254604051634f558e7960e01b8152600481018590526001600160a01b03909116908190634f558e7990602401602060405180830381865afa1580156106fc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107209190611fcc565b61074057604051636d7a657560e11b8152600481018590526024016104f6565b60405163c959c42b60e01b8152600481018590525f906001600160a01b0383169063c959c42b9060240161010060405180830381865afa158015610786573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107aa9190612030565b80519091506001600160801b03168411156107f45780516040516316701ac560e11b815260048101879052602481018690526001600160801b0390911660448201526064016104f6565b6040516338ac7ddb60e11b815260048101869052602481018590525f906001600160a01b03841690637158fbb6906044016020604051808303815f875af1158015610841573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061086591906120f2565b60035460c084015160405163b249824560e01b81526004810191909152602481018890525f60448201529192506001600160a01b03169063b2498245906064015f604051808303815f87803b1580156108bc575f5ffd5b505af11580156108ce573d5f5f3e3d5ffd5b505060408051888152602081018590523393508992507f45facb0b0f54df3138c9edcf9a55c82485079a8c8c65fc17ea0f76f188addac9910160405180910390a35050505061091b611bc3565b5050565b5f9182525f5160206122605f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f8181526005602052604081208054610980906001600160801b03600160801b82048116911661211d565b6001600160801b03169392505050565b6109986117c2565b7fafef8c6856a21712016cb505b683d83dc0456f1c3e9370d201bc887934f413eb6109c281611bed565b815f036109e2576040516341f27c5360e11b815260040160405180910390fd5b600254604051634f558e7960e01b8152600481018590526001600160a01b0390911690634f558e7990602401602060405180830381865afa158015610a29573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a4d9190611fcc565b610a6d57604051636d7a657560e11b8152600481018490526024016104f6565b60025460405163c959c42b60e01b8152600481018590525f916001600160a01b03169063c959c42b9060240161010060405180830381865afa158015610ab5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ad99190612030565b5f80546040516370a0823160e01b81523060048201529293506001600160a01b03169182906370a0823190602401602060405180830381865afa158015610b22573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b4691906120f2565b600154604051631c06c74560e31b81526001600160a01b0385811660048301526024820189905292935091169063e0363a28906044015f604051808303815f87803b158015610b93575f5ffd5b505af1158015610ba5573d5f5f3e3d5ffd5b50506040516370a0823160e01b81523060048201525f92508391506001600160a01b038516906370a0823190602401602060405180830381865afa158015610bef573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c1391906120f2565b610c1d919061213c565b9050858114610c5057604051630fcb9ced60e21b81526004810188905260248101879052604481018290526064016104f6565b60808401515f888152600560205260408120805464ffffffffff909316421192909190610c87908a906001600160801b031661214f565b9050610c9281611d1b565b82546fffffffffffffffffffffffffffffffff19166001600160801b03919091161782555f610cc042611d52565b60018401549091506001600160401b03165f03610cf65760018301805467ffffffffffffffff19166001600160401b0383161790555b6001830180546fffffffffffffffff00000000000000001916600160401b6001600160401b038416021790558315610d3e5760018301805460ff60801b1916600160801b1790555b5f8b815260066020908152604080832081518083019092526001600160801b03808f1683526001600160401b03808716848601908152835460018101855593875294862093519390920180549451909216600160801b026001600160c01b0319909416921691909117919091179055600480548c9290610dbf90849061214f565b9091555050604080518b81526020810184905285151581830152905133918d917ff8e2aec9ff36da1f7feda815f4505f90c0b3ea6b5897c53cc33a9f363786abc69181900360600190a350505050505050505061091b611bc3565b5f610e236117c2565b5f5f610e2e85611831565b60a0810151919350915060ff16600114610e6d5760a08101516040516351d6ef1d60e01b81526004810187905260ff90911660248201526044016104f6565b835f03610e8d576040516341f27c5360e11b815260040160405180910390fd5b610e9685610955565b81519093506001600160801b0316841180610eb057508284115b15610ef15780516040516343cad14760e01b815260048101879052602481018690526001600160801b039091166044820152606481018490526084016104f6565b80516001600160801b03168414801581610f15575081516001600160801b03168410155b15610f4f57815160405163cf7b0f2d60e01b815260048101889052602481018690526001600160801b0390911660448201526064016104f6565b610f598685611afd565b8015610fbd57600254604051630852cd8d60e31b8152600481018890526001600160a01b03909116906342966c68906024015f604051808303815f87803b158015610fa2575f5ffd5b505af1158015610fb4573d5f5f3e3d5ffd5b50505050611032565b6002546040516338ac7ddb60e11b815260048101889052602481018790526001600160a01b0390911690637158fbb6906044016020604051808303815f875af115801561100c573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061103091906120f2565b505b60035460c083015160405163b249824560e01b815260048101919091526024810187905282151560448201526001600160a01b039091169063b2498245906064015f604051808303815f87803b15801561108a575f5ffd5b505af115801561109c573d5f5f3e3d5ffd5b50505f546110b792506001600160a01b031690508486611b71565b60408051858152602081018790528215158183015290516001600160a01b0385169188917f73d897e9b74d5661ae7db11b9175de31dd355dc1855d456019fa3854dfb64ffd9181900360600190a3505050610481611bc3565b606060065f8381526020019081526020015f20805480602002602001604051908101604052809291908181526020015f905b82821015611190575f84815260209081902060408051808201909152908401546001600160801b0381168252600160801b90046001600160401b031681830152825260019092019101611142565b505050509050919050565b6111a482610487565b6111ad81611bed565b6106438383611ca2565b5f6111c06117c2565b5f5f6111cb84611831565b915091506111d884610955565b81519093506001600160801b031683101561122257805160405163033f717b60e11b815260048101869052602481018590526001600160801b0390911660448201526064016104f6565b61122c8484611afd565b600254604051630852cd8d60e31b8152600481018690526001600160a01b03909116906342966c68906024015f604051808303815f87803b15801561126f575f5ffd5b505af1158015611281573d5f5f3e3d5ffd5b505060035460c0840151845160405163b249824560e01b815260048101929092526001600160801b03166024820152600160448201526001600160a01b03909116925063b249824591506064015f604051808303815f87803b1580156112e5575f5ffd5b505af11580156112f7573d5f5f3e3d5ffd5b50505f5461131292506001600160a01b031690508385611b71565b8051604080518581526001600160801b0390921660208301526001600160a01b0384169186917fa5851b0172fdafd3dafe0e52ce051747548a4c642a2f22793c01faf228e130629101610610565b5f611369611d87565b805490915060ff600160401b82041615906001600160401b03165f8115801561138f5750825b90505f826001600160401b031660011480156113aa5750303b155b9050811580156113b8575080155b156113d65760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561140057845460ff60401b1916600160401b1785555b5f61140e6020880188612162565b6001600160a01b03160361144d576040516307b189a560e51b815260206004820152600560248201526430b236b4b760d91b60448201526064016104f6565b5f61145e6040880160208901612162565b6001600160a01b0316036114a2576040516307b189a560e51b815260206004820152600a602482015269373330ba2132b0b1b7b760b11b60448201526064016104f6565b5f6114b36060880160408901612162565b6001600160a01b0316036114f9576040516307b189a560e51b815260206004820152600c60248201526b19195c1bdcda5d105cdcd95d60a21b60448201526064016104f6565b5f61150a6080880160608901612162565b6001600160a01b03160361154e576040516307b189a560e51b815260206004820152600a60248201526931b7b73a3937b63632b960b11b60448201526064016104f6565b5f61155f60a0880160808901612162565b6001600160a01b0316036115a2576040516307b189a560e51b81526020600482015260096024820152683232b0b62a37b5b2b760b91b60448201526064016104f6565b5f6115b360c0880160a08901612162565b6001600160a01b0316036115f5576040516307b189a560e51b8152602060048201526008602482015267666163696c69747960c01b60448201526064016104f6565b6115fd611daf565b6116135f61160e6020890189612162565b611bfa565b506116487fafef8c6856a21712016cb505b683d83dc0456f1c3e9370d201bc887934f413eb61160e6040890160208a01612162565b506116596060870160408801612162565b5f80546001600160a01b0319166001600160a01b03929092169190911790556116886080870160608801612162565b600180546001600160a01b0319166001600160a01b03929092169190911790556116b860a0870160808801612162565b600280546001600160a01b0319166001600160a01b03929092169190911790556116e860c0870160a08801612162565b600380546001600160a01b0319166001600160a01b03929092169190911790556040517f1e3a0223e8c459faf6fc0957699b8570f9957849984ab0cf4f73811f624e25f99061173890889061217d565b60405180910390a1831561178657845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b5f6001600160e01b03198216637965db0b60e01b148061048157506301ffc9a760e01b6001600160e01b0319831614610481565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561180257604051633ee5aeb560e01b815260040160405180910390fd5b61182f60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611db7565b565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052600254604051634f558e7960e01b8152600481018590526001600160a01b03909116908190634f558e7990602401602060405180830381865afa1580156118b9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118dd9190611fcc565b6118fd57604051636d7a657560e11b8152600481018590526024016104f6565b6040516331a9108f60e11b8152600481018590526001600160a01b03821690636352211e90602401602060405180830381865afa158015611940573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119649190612225565b9250336001600160a01b038416148015906119ea575060405163e985e9c560e01b81526001600160a01b03848116600483015233602483015282169063e985e9c590604401602060405180830381865afa1580156119c4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119e89190611fcc565b155b8015611a66575060405163020604bf60e21b81526004810185905233906001600160a01b0383169063081812fc90602401602060405180830381865afa158015611a36573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a5a9190612225565b6001600160a01b031614155b15611a8d5760405163124b9e1f60e31b8152600481018590523360248201526044016104f6565b60405163c959c42b60e01b8152600481018590526001600160a01b0382169063c959c42b9060240161010060405180830381865afa158015611ad1573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611af59190612030565b915050915091565b611b0681611d1b565b5f8381526005602052604090208054601090611b33908490600160801b90046001600160801b0316612240565b92506101000a8154816001600160801b0302191690836001600160801b031602179055508060045f828254611b68919061213c565b90915550505050565b604080516001600160a01b038416602482015260448082018490528251808303909101815260649091019091526020810180516001600160e01b031663a9059cbb60e01b17905261067c908490611dbe565b61182f5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611829565b611bf78133611e2a565b50565b5f5f5160206122605f395f51905f52611c13848461091f565b611c92575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055611c483390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610481565b5f915050610481565b5092915050565b5f5f5160206122605f395f51905f52611cbb848461091f565b15611c92575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a46001915050610481565b5f6001600160801b03821115611d4e576040516306dfcc6560e41b815260806004820152602481018390526044016104f6565b5090565b5f6001600160401b03821115611d4e57604080516306dfcc6560e41b81526004810191909152602481018390526044016104f6565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610481565b61182f611e63565b80825d5050565b5f5f60205f8451602086015f885af180611ddd576040513d5f823e3d81fd5b50505f513d91508115611df4578060011415611e01565b6001600160a01b0384163b155b1561064357604051635274afe760e01b81526001600160a01b03851660048201526024016104f6565b611e34828261091f565b61091b5760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016104f6565b611e6b611e88565b61182f57604051631afcd79f60e31b815260040160405180910390fd5b5f611e91611d87565b54600160401b900460ff16919050565b5f60208284031215611eb1575f5ffd5b81356001600160e01b031981168114611ec8575f5ffd5b9392505050565b5f60208284031215611edf575f5ffd5b5035919050565b6001600160a01b0381168114611bf7575f5ffd5b803561062281611ee6565b5f5f60408385031215611f16575f5ffd5b823591506020830135611f2881611ee6565b809150509250929050565b5f5f60408385031215611f44575f5ffd5b50508035926020909101359150565b602080825282518282018190525f918401906040840190835b81811015611fa857835180516001600160801b031684526020908101516001600160401b03168185015290930192604090920191600101611f6c565b509095945050505050565b5f60c0828403128015611fc4575f5ffd5b509092915050565b5f60208284031215611fdc575f5ffd5b81518015158114611ec8575f5ffd5b80516001600160801b0381168114610622575f5ffd5b805161062281611ee6565b805164ffffffffff81168114610622575f5ffd5b805160ff81168114610622575f5ffd5b5f610100828403128015612042575f5ffd5b5060405161010081016001600160401b038111828210171561207257634e487b7160e01b5f52604160045260245ffd5b60405261207e83611feb565b815261208c60208401611feb565b602082015261209d60408401612001565b60408201526120ae6060840161200c565b60608201526120bf6080840161200c565b60808201526120d060a08401612020565b60a082015260c0838101519082015260e0928301519281019290925250919050565b5f60208284031215612102575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b6001600160801b03828116828216039081111561048157610481612109565b8181038181111561048157610481612109565b8082018082111561048157610481612109565b5f60208284031215612172575f5ffd5b8135611ec881611ee6565b60c08101823561218c81611ee6565b6001600160a01b0316825260208301356121a581611ee6565b6001600160a01b0316602083015260408301356121c181611ee6565b6001600160a01b0316604083015260608301356121dd81611ee6565b6001600160a01b031660608301526121f760808401611efa565b6001600160a01b0316608083015261221160a08401611efa565b6001600160a01b03811660a0840152611c9b565b5f60208284031215612235575f5ffd5b8151611ec881611ee6565b6001600160801b0381811683821601908111156104815761048161210956fe02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800";
