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
export const nfatRedeemBytecode: `0x${string}` = "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b6121ef806100d65f395ff3fe608060405234801561000f575f5ffd5b506004361061016d575f3560e01c80639a3c37fa116100d9578063ccc41f2411610093578063db006a751161006e578063db006a7514610473578063e7fa9f7d14610486578063f5ee070f1461048f578063f77c4791146104a2575f5ffd5b8063ccc41f241461042e578063d13cb1fb14610440578063d547741f14610460575f5ffd5b80639a3c37fa146103a7578063a217fddf146103ce578063a3246ad3146103d5578063a65e2cfd146103f5578063b3a49eae14610408578063ca15c8731461041b575f5ffd5b80634edd8b411161012a5780634edd8b41146103045780635280c3ee1461032f57806387c1fdba146103425780639010d07c1461036e57806391d148541461038157806396e494e814610394575f5ffd5b806301ffc9a714610171578063248a9ca3146101995780632dd7c658146101ba5780632eb375ea146102c95780632f2ff15d146102dc57806336568abe146102f1575b5f5ffd5b61018461017f366004611e40565b6104b5565b60405190151581526020015b60405180910390f35b6101ac6101a7366004611e67565b6104df565b604051908152602001610190565b6102626101c8366004611e67565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152505f90815260056020908152604091829020825160a08101845281546001600160801b038082168352600160801b9182900416938201939093526001909101546001600160401b0380821694830194909452600160401b81049093166060820152910460ff161515608082015290565b60405161019091905f60a0820190506001600160801b0383511682526001600160801b0360208401511660208301526001600160401b0360408401511660408301526001600160401b03606084015116606083015260808301511515608083015292915050565b6101ac6102d7366004611e67565b6104ff565b6102ef6102ea366004611e92565b61063e565b005b6102ef6102ff366004611e92565b610660565b600354610317906001600160a01b031681565b6040516001600160a01b039091168152602001610190565b600254610317906001600160a01b031681565b610184610350366004611e67565b5f90815260056020526040902060010154600160801b900460ff1690565b61031761037c366004611ec0565b610698565b61018461038f366004611e92565b6106c5565b6101ac6103a2366004611e67565b6106fb565b6101ac7fafef8c6856a21712016cb505b683d83dc0456f1c3e9370d201bc887934f413eb81565b6101ac5f81565b6103e86103e3366004611e67565b610736565b6040516101909190611ee0565b6102ef610403366004611ec0565b610766565b6101ac610416366004611ec0565b610bde565b6101ac610429366004611e67565b610ed4565b5f54610317906001600160a01b031681565b61045361044e366004611e67565b610ef8565b6040516101909190611f2b565b6102ef61046e366004611e92565b610f83565b6101ac610481366004611e67565b610f9f565b6101ac60045481565b6102ef61049d366004611f80565b611148565b600154610317906001600160a01b031681565b5f6001600160e01b03198216635a05180f60e01b14806104d957506104d98261153e565b92915050565b5f9081525f5160206121cf5f395f51905f52602052604090206001015490565b5f610508611572565b5f5f610513846115e1565b60a0810151919350915060ff166002146105575760a08101516040516351d6ef1d60e01b81526004810186905260ff90911660248201526044015b60405180910390fd5b610560846106fb565b9250825f0361058557604051631bdd740b60e01b81526004810185905260240161054e565b80516001600160801b031683106105cb57805160405163cf7b0f2d60e01b815260048101869052602481018590526001600160801b03909116604482015260640161054e565b6105d584846118ad565b5f546105eb906001600160a01b0316838561191b565b816001600160a01b0316847f5bd56c18bcf5c328fa6875f4ee4b28fe6f3188c3805a320276bc47aa87b4de0d8560405161062791815260200190565b60405180910390a3505061063961196d565b919050565b610647826104df565b61065081611997565b61065a83836119a4565b50505050565b6001600160a01b03811633146106895760405163334bd91960e11b815260040160405180910390fd5b61069382826119e6565b505050565b5f8281525f5160206121af5f395f51905f526020819052604082206106bd9084611a1f565b949350505050565b5f9182525f5160206121cf5f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f8181526005602052604081208054610726906001600160801b03600160801b820481169116611fad565b6001600160801b03169392505050565b5f8181525f5160206121af5f395f51905f52602081905260409091206060919061075f90611a2a565b9392505050565b61076e611572565b7fafef8c6856a21712016cb505b683d83dc0456f1c3e9370d201bc887934f413eb61079881611997565b815f036107b8576040516341f27c5360e11b815260040160405180910390fd5b600254604051634f558e7960e01b8152600481018590526001600160a01b0390911690634f558e7990602401602060405180830381865afa1580156107ff573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108239190611fcc565b61084357604051636d7a657560e11b81526004810184905260240161054e565b60025460405163c959c42b60e01b8152600481018590525f916001600160a01b03169063c959c42b9060240161010060405180830381865afa15801561088b573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108af9190612032565b5f80546040516370a0823160e01b81523060048201529293506001600160a01b03169182906370a0823190602401602060405180830381865afa1580156108f8573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061091c91906120f4565b600154604051631c06c74560e31b81526001600160a01b0385811660048301526024820189905292935091169063e0363a28906044015f604051808303815f87803b158015610969575f5ffd5b505af115801561097b573d5f5f3e3d5ffd5b50506040516370a0823160e01b81523060048201525f92508391506001600160a01b038516906370a0823190602401602060405180830381865afa1580156109c5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109e991906120f4565b6109f3919061210b565b9050858114610a2657604051630fcb9ced60e21b815260048101889052602481018790526044810182905260640161054e565b60808401515f88815260056020526040812080546001600160401b03909316421192909190610a5f908a906001600160801b031661211e565b82546fffffffffffffffffffffffffffffffff19166001600160801b03821617835560018301549091506001600160401b03165f03610ab75760018201805467ffffffffffffffff1916426001600160401b03161790555b6001820180546fffffffffffffffff00000000000000001916600160401b426001600160401b0316021790558215610aff5760018201805460ff60801b1916600160801b1790555b5f8a815260066020908152604080832081518083019092526001600160801b03808e1683526001600160401b03428116848601908152835460018101855593875294862093519390920180549451909216600160801b026001600160c01b0319909416921691909117919091179055600480548b9290610b8090849061211e565b9091555050604080518a81526020810183905284151581830152905133918c917ff8e2aec9ff36da1f7feda815f4505f90c0b3ea6b5897c53cc33a9f363786abc69181900360600190a35050505050505050610bda61196d565b5050565b5f610be7611572565b5f5f610bf2856115e1565b60a0810151919350915060ff16600114610c315760a08101516040516351d6ef1d60e01b81526004810187905260ff909116602482015260440161054e565b835f03610c51576040516341f27c5360e11b815260040160405180910390fd5b610c5a856106fb565b81519093506001600160801b0316841180610c7457508284115b15610cb55780516040516343cad14760e01b815260048101879052602481018690526001600160801b0390911660448201526064810184905260840161054e565b80516001600160801b03168414801581610cd9575081516001600160801b03168410155b15610d1357815160405163cf7b0f2d60e01b815260048101889052602481018690526001600160801b03909116604482015260640161054e565b610d1d86856118ad565b8015610d8157600254604051630852cd8d60e31b8152600481018890526001600160a01b03909116906342966c68906024015f604051808303815f87803b158015610d66575f5ffd5b505af1158015610d78573d5f5f3e3d5ffd5b50505050610df6565b6002546040516338ac7ddb60e11b815260048101889052602481018790526001600160a01b0390911690637158fbb6906044016020604051808303815f875af1158015610dd0573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610df491906120f4565b505b60035460c083015160405163b249824560e01b815260048101919091526024810187905282151560448201526001600160a01b039091169063b2498245906064015f604051808303815f87803b158015610e4e575f5ffd5b505af1158015610e60573d5f5f3e3d5ffd5b50505f54610e7b92506001600160a01b03169050848661191b565b60408051858152602081018790528215158183015290516001600160a01b0385169188917f73d897e9b74d5661ae7db11b9175de31dd355dc1855d456019fa3854dfb64ffd9181900360600190a35050506104d961196d565b5f8181525f5160206121af5f395f51905f5260208190526040822061075f90611a36565b606060065f8381526020019081526020015f20805480602002602001604051908101604052809291908181526020015f905b82821015610f78575f84815260209081902060408051808201909152908401546001600160801b0381168252600160801b90046001600160401b031681830152825260019092019101610f2a565b505050509050919050565b610f8c826104df565b610f9581611997565b61065a83836119e6565b5f610fa8611572565b5f5f610fb3846115e1565b91509150610fc0846106fb565b81519093506001600160801b031683101561100a57805160405163033f717b60e11b815260048101869052602481018590526001600160801b03909116604482015260640161054e565b61101484846118ad565b600254604051630852cd8d60e31b8152600481018690526001600160a01b03909116906342966c68906024015f604051808303815f87803b158015611057575f5ffd5b505af1158015611069573d5f5f3e3d5ffd5b505060035460c0840151845160405163b249824560e01b815260048101929092526001600160801b03166024820152600160448201526001600160a01b03909116925063b249824591506064015f604051808303815f87803b1580156110cd575f5ffd5b505af11580156110df573d5f5f3e3d5ffd5b50505f546110fa92506001600160a01b03169050838561191b565b8051604080518581526001600160801b0390921660208301526001600160a01b0384169186917fa5851b0172fdafd3dafe0e52ce051747548a4c642a2f22793c01faf228e130629101610627565b5f611151611a3f565b805490915060ff600160401b82041615906001600160401b03165f811580156111775750825b90505f826001600160401b031660011480156111925750303b155b9050811580156111a0575080155b156111be5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff1916600117855583156111e857845460ff60401b1916600160401b1785555b5f6111f66020880188612131565b6001600160a01b031603611235576040516307b189a560e51b815260206004820152600560248201526430b236b4b760d91b604482015260640161054e565b5f6112466040880160208901612131565b6001600160a01b03160361128a576040516307b189a560e51b815260206004820152600a602482015269373330ba2132b0b1b7b760b11b604482015260640161054e565b5f61129b6060880160408901612131565b6001600160a01b0316036112e1576040516307b189a560e51b815260206004820152600c60248201526b19195c1bdcda5d105cdcd95d60a21b604482015260640161054e565b5f6112f26080880160608901612131565b6001600160a01b031603611336576040516307b189a560e51b815260206004820152600a60248201526931b7b73a3937b63632b960b11b604482015260640161054e565b5f61134760a0880160808901612131565b6001600160a01b03160361138a576040516307b189a560e51b81526020600482015260096024820152683232b0b62a37b5b2b760b91b604482015260640161054e565b5f61139b60c0880160a08901612131565b6001600160a01b0316036113dd576040516307b189a560e51b8152602060048201526008602482015267666163696c69747960c01b604482015260640161054e565b6113e5611a67565b6113fb5f6113f66020890189612131565b6119a4565b506114307fafef8c6856a21712016cb505b683d83dc0456f1c3e9370d201bc887934f413eb6113f66040890160208a01612131565b506114416060870160408801612131565b5f80546001600160a01b0319166001600160a01b03929092169190911790556114706080870160608801612131565b600180546001600160a01b0319166001600160a01b03929092169190911790556114a060a0870160808801612131565b600280546001600160a01b0319166001600160a01b03929092169190911790556114d060c0870160a08801612131565b600380546001600160a01b0319166001600160a01b0392909216919091179055831561153657845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b5f6001600160e01b03198216637965db0b60e01b14806104d957506301ffc9a760e01b6001600160e01b03198316146104d9565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156115b257604051633ee5aeb560e01b815260040160405180910390fd5b6115df60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611a6f565b565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052600254604051634f558e7960e01b8152600481018590526001600160a01b03909116908190634f558e7990602401602060405180830381865afa158015611669573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061168d9190611fcc565b6116ad57604051636d7a657560e11b81526004810185905260240161054e565b6040516331a9108f60e11b8152600481018590526001600160a01b03821690636352211e90602401602060405180830381865afa1580156116f0573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611714919061214c565b9250336001600160a01b0384161480159061179a575060405163e985e9c560e01b81526001600160a01b03848116600483015233602483015282169063e985e9c590604401602060405180830381865afa158015611774573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117989190611fcc565b155b8015611816575060405163020604bf60e21b81526004810185905233906001600160a01b0383169063081812fc90602401602060405180830381865afa1580156117e6573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061180a919061214c565b6001600160a01b031614155b1561183d5760405163124b9e1f60e31b81526004810185905233602482015260440161054e565b60405163c959c42b60e01b8152600481018590526001600160a01b0382169063c959c42b9060240161010060405180830381865afa158015611881573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118a59190612032565b915050915091565b5f82815260056020526040902080548291906010906118dd908490600160801b90046001600160801b0316612167565b92506101000a8154816001600160801b0302191690836001600160801b031602179055508060045f828254611912919061210b565b90915550505050565b604080516001600160a01b038416602482015260448082018490528251808303909101815260649091019091526020810180516001600160e01b031663a9059cbb60e01b179052610693908490611a76565b6115df5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006115d9565b6119a18133611ae2565b50565b5f5f5160206121af5f395f51905f52816119be8585611b1b565b905080156106bd575f8581526020839052604090206119dd9085611bbc565b50949350505050565b5f5f5160206121af5f395f51905f5281611a008585611bd0565b905080156106bd575f8581526020839052604090206119dd9085611c49565b5f61075f8383611c5d565b60605f61075f83611c83565b5f6104d9825490565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a006104d9565b6115df611cdc565b80825d5050565b5f5f60205f8451602086015f885af180611a95576040513d5f823e3d81fd5b50505f513d91508115611aac578060011415611ab9565b6001600160a01b0384163b155b1561065a57604051635274afe760e01b81526001600160a01b038516600482015260240161054e565b611aec82826106c5565b610bda5760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161054e565b5f5f5160206121cf5f395f51905f52611b3484846106c5565b611bb3575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055611b693390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a460019150506104d9565b5f9150506104d9565b5f61075f836001600160a01b038416611d01565b5f5f5160206121cf5f395f51905f52611be984846106c5565b15611bb3575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a460019150506104d9565b5f61075f836001600160a01b038416611d4d565b5f825f018281548110611c7257611c72612186565b905f5260205f200154905092915050565b6060815f01805480602002602001604051908101604052809291908181526020018280548015611cd057602002820191905f5260205f20905b815481526020019060010190808311611cbc575b50505050509050919050565b611ce4611e27565b6115df57604051631afcd79f60e31b815260040160405180910390fd5b5f818152600183016020526040812054611d4657508154600181810184555f8481526020808220909301849055845484825282860190935260409020919091556104d9565b505f6104d9565b5f8181526001830160205260408120548015611bb3575f611d6f60018361210b565b85549091505f90611d829060019061210b565b9050808214611de1575f865f018281548110611da057611da0612186565b905f5260205f200154905080875f018481548110611dc057611dc0612186565b5f918252602080832090910192909255918252600188019052604090208390555b8554869080611df257611df261219a565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f9055600193505050506104d9565b5f611e30611a3f565b54600160401b900460ff16919050565b5f60208284031215611e50575f5ffd5b81356001600160e01b03198116811461075f575f5ffd5b5f60208284031215611e77575f5ffd5b5035919050565b6001600160a01b03811681146119a1575f5ffd5b5f5f60408385031215611ea3575f5ffd5b823591506020830135611eb581611e7e565b809150509250929050565b5f5f60408385031215611ed1575f5ffd5b50508035926020909101359150565b602080825282518282018190525f918401906040840190835b81811015611f205783516001600160a01b0316835260209384019390920191600101611ef9565b509095945050505050565b602080825282518282018190525f918401906040840190835b81811015611f2057835180516001600160801b031684526020908101516001600160401b03168185015290930192604090920191600101611f44565b5f60c0828403128015611f91575f5ffd5b509092915050565b634e487b7160e01b5f52601160045260245ffd5b6001600160801b0382811682821603908111156104d9576104d9611f99565b5f60208284031215611fdc575f5ffd5b8151801515811461075f575f5ffd5b80516001600160801b0381168114610639575f5ffd5b805161063981611e7e565b80516001600160401b0381168114610639575f5ffd5b805160ff81168114610639575f5ffd5b5f610100828403128015612044575f5ffd5b5060405161010081016001600160401b038111828210171561207457634e487b7160e01b5f52604160045260245ffd5b60405261208083611feb565b815261208e60208401611feb565b602082015261209f60408401612001565b60408201526120b06060840161200c565b60608201526120c16080840161200c565b60808201526120d260a08401612022565b60a082015260c0838101519082015260e0928301519281019290925250919050565b5f60208284031215612104575f5ffd5b5051919050565b818103818111156104d9576104d9611f99565b808201808211156104d9576104d9611f99565b5f60208284031215612141575f5ffd5b813561075f81611e7e565b5f6020828403121561215c575f5ffd5b815161075f81611e7e565b6001600160801b0381811683821601908111156104d9576104d9611f99565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52603160045260245ffdfec1f6fe24621ce81ec5827caf0253cadb74709b061630e6b55e8237170593200002dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800";
