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
export const nfatRedeemBytecode: `0x${string}` = "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b61221b806100d65f395ff3fe608060405234801561000f575f5ffd5b506004361061016d575f3560e01c80639a3c37fa116100d9578063ccc41f2411610093578063db006a751161006e578063db006a7514610476578063e7fa9f7d14610489578063f5ee070f14610492578063f77c4791146104a5575f5ffd5b8063ccc41f2414610431578063d13cb1fb14610443578063d547741f14610463575f5ffd5b80639a3c37fa146103aa578063a217fddf146103d1578063a3246ad3146103d8578063a65e2cfd146103f8578063b3a49eae1461040b578063ca15c8731461041e575f5ffd5b80634edd8b411161012a5780634edd8b41146103075780635280c3ee1461033257806387c1fdba146103455780639010d07c1461037157806391d148541461038457806396e494e814610397575f5ffd5b806301ffc9a714610171578063248a9ca3146101995780632dd7c658146101ba5780632eb375ea146102cc5780632f2ff15d146102df57806336568abe146102f4575b5f5ffd5b61018461017f366004611e6c565b6104b8565b60405190151581526020015b60405180910390f35b6101ac6101a7366004611e93565b6104e2565b604051908152602001610190565b6102636101c8366004611e93565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152505f90815260056020908152604091829020825160a08101845281546001600160801b038082168352600160801b91829004169382019390935260019091015467ffffffffffffffff80821694830194909452600160401b81049093166060820152910460ff161515608082015290565b60405161019091905f60a0820190506001600160801b0383511682526001600160801b03602084015116602083015267ffffffffffffffff604084015116604083015267ffffffffffffffff606084015116606083015260808301511515608083015292915050565b6101ac6102da366004611e93565b610502565b6102f26102ed366004611ebe565b610641565b005b6102f2610302366004611ebe565b610663565b60035461031a906001600160a01b031681565b6040516001600160a01b039091168152602001610190565b60025461031a906001600160a01b031681565b610184610353366004611e93565b5f90815260056020526040902060010154600160801b900460ff1690565b61031a61037f366004611eec565b61069b565b610184610392366004611ebe565b6106c8565b6101ac6103a5366004611e93565b6106fe565b6101ac7fafef8c6856a21712016cb505b683d83dc0456f1c3e9370d201bc887934f413eb81565b6101ac5f81565b6103eb6103e6366004611e93565b610739565b6040516101909190611f0c565b6102f2610406366004611eec565b610769565b6101ac610419366004611eec565b610be3565b6101ac61042c366004611e93565b610ed9565b5f5461031a906001600160a01b031681565b610456610451366004611e93565b610efd565b6040516101909190611f57565b6102f2610471366004611ebe565b610f89565b6101ac610484366004611e93565b610fa5565b6101ac60045481565b6102f26104a0366004611fad565b61114e565b60015461031a906001600160a01b031681565b5f6001600160e01b0319821663a24a0caf60e01b14806104dc57506104dc82611546565b92915050565b5f9081525f5160206121fb5f395f51905f52602052604090206001015490565b5f61050b61156a565b5f5f610516846115d9565b60a0810151919350915060ff1660021461055a5760a08101516040516351d6ef1d60e01b81526004810186905260ff90911660248201526044015b60405180910390fd5b610563846106fe565b9250825f0361058857604051631bdd740b60e01b815260048101859052602401610551565b80516001600160801b031683106105ce57805160405163cf7b0f2d60e01b815260048101869052602481018590526001600160801b039091166044820152606401610551565b6105d884846118a5565b5f546105ee906001600160a01b03168385611913565b816001600160a01b0316847f5bd56c18bcf5c328fa6875f4ee4b28fe6f3188c3805a320276bc47aa87b4de0d8560405161062a91815260200190565b60405180910390a3505061063c611965565b919050565b61064a826104e2565b6106538161198f565b61065d838361199c565b50505050565b6001600160a01b038116331461068c5760405163334bd91960e11b815260040160405180910390fd5b61069682826119de565b505050565b5f8281525f5160206121db5f395f51905f526020819052604082206106c09084611a17565b949350505050565b5f9182525f5160206121fb5f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f8181526005602052604081208054610729906001600160801b03600160801b820481169116611fda565b6001600160801b03169392505050565b5f8181525f5160206121db5f395f51905f52602081905260409091206060919061076290611a22565b9392505050565b61077161156a565b7fafef8c6856a21712016cb505b683d83dc0456f1c3e9370d201bc887934f413eb61079b8161198f565b815f036107bb576040516341f27c5360e11b815260040160405180910390fd5b600254604051634f558e7960e01b8152600481018590526001600160a01b0390911690634f558e7990602401602060405180830381865afa158015610802573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108269190611ff9565b61084657604051636d7a657560e11b815260048101849052602401610551565b60025460405163c959c42b60e01b8152600481018590525f916001600160a01b03169063c959c42b9060240161010060405180830381865afa15801561088e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108b2919061205d565b5f80546040516370a0823160e01b81523060048201529293506001600160a01b03169182906370a0823190602401602060405180830381865afa1580156108fb573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061091f9190612120565b600154604051631c06c74560e31b81526001600160a01b0385811660048301526024820189905292935091169063e0363a28906044015f604051808303815f87803b15801561096c575f5ffd5b505af115801561097e573d5f5f3e3d5ffd5b50506040516370a0823160e01b81523060048201525f92508391506001600160a01b038516906370a0823190602401602060405180830381865afa1580156109c8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109ec9190612120565b6109f69190612137565b9050858114610a2957604051630fcb9ced60e21b8152600481018890526024810187905260448101829052606401610551565b60808401515f888152600560205260408120805464ffffffffff909316421192909190610a60908a906001600160801b031661214a565b82546fffffffffffffffffffffffffffffffff19166001600160801b038216178355600183015490915067ffffffffffffffff165f03610aba5760018201805467ffffffffffffffff19164267ffffffffffffffff161790555b6001820180546fffffffffffffffff00000000000000001916600160401b4267ffffffffffffffff16021790558215610b035760018201805460ff60801b1916600160801b1790555b5f8a815260066020908152604080832081518083019092526001600160801b03808e16835267ffffffffffffffff428116848601908152835460018101855593875294862093519390920180549451909216600160801b026001600160c01b0319909416921691909117919091179055600480548b9290610b8590849061214a565b9091555050604080518a81526020810183905284151581830152905133918c917ff8e2aec9ff36da1f7feda815f4505f90c0b3ea6b5897c53cc33a9f363786abc69181900360600190a35050505050505050610bdf611965565b5050565b5f610bec61156a565b5f5f610bf7856115d9565b60a0810151919350915060ff16600114610c365760a08101516040516351d6ef1d60e01b81526004810187905260ff9091166024820152604401610551565b835f03610c56576040516341f27c5360e11b815260040160405180910390fd5b610c5f856106fe565b81519093506001600160801b0316841180610c7957508284115b15610cba5780516040516343cad14760e01b815260048101879052602481018690526001600160801b03909116604482015260648101849052608401610551565b80516001600160801b03168414801581610cde575081516001600160801b03168410155b15610d1857815160405163cf7b0f2d60e01b815260048101889052602481018690526001600160801b039091166044820152606401610551565b610d2286856118a5565b8015610d8657600254604051630852cd8d60e31b8152600481018890526001600160a01b03909116906342966c68906024015f604051808303815f87803b158015610d6b575f5ffd5b505af1158015610d7d573d5f5f3e3d5ffd5b50505050610dfb565b6002546040516338ac7ddb60e11b815260048101889052602481018790526001600160a01b0390911690637158fbb6906044016020604051808303815f875af1158015610dd5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610df99190612120565b505b60035460c083015160405163b249824560e01b815260048101919091526024810187905282151560448201526001600160a01b039091169063b2498245906064015f604051808303815f87803b158015610e53575f5ffd5b505af1158015610e65573d5f5f3e3d5ffd5b50505f54610e8092506001600160a01b031690508486611913565b60408051858152602081018790528215158183015290516001600160a01b0385169188917f73d897e9b74d5661ae7db11b9175de31dd355dc1855d456019fa3854dfb64ffd9181900360600190a35050506104dc611965565b5f8181525f5160206121db5f395f51905f5260208190526040822061076290611a2e565b606060065f8381526020019081526020015f20805480602002602001604051908101604052809291908181526020015f905b82821015610f7e575f84815260209081902060408051808201909152908401546001600160801b0381168252600160801b900467ffffffffffffffff1681830152825260019092019101610f2f565b505050509050919050565b610f92826104e2565b610f9b8161198f565b61065d83836119de565b5f610fae61156a565b5f5f610fb9846115d9565b91509150610fc6846106fe565b81519093506001600160801b031683101561101057805160405163033f717b60e11b815260048101869052602481018590526001600160801b039091166044820152606401610551565b61101a84846118a5565b600254604051630852cd8d60e31b8152600481018690526001600160a01b03909116906342966c68906024015f604051808303815f87803b15801561105d575f5ffd5b505af115801561106f573d5f5f3e3d5ffd5b505060035460c0840151845160405163b249824560e01b815260048101929092526001600160801b03166024820152600160448201526001600160a01b03909116925063b249824591506064015f604051808303815f87803b1580156110d3575f5ffd5b505af11580156110e5573d5f5f3e3d5ffd5b50505f5461110092506001600160a01b031690508385611913565b8051604080518581526001600160801b0390921660208301526001600160a01b0384169186917fa5851b0172fdafd3dafe0e52ce051747548a4c642a2f22793c01faf228e13062910161062a565b5f611157611a37565b805490915060ff600160401b820416159067ffffffffffffffff165f8115801561117e5750825b90505f8267ffffffffffffffff16600114801561119a5750303b155b9050811580156111a8575080155b156111c65760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff1916600117855583156111f057845460ff60401b1916600160401b1785555b5f6111fe602088018861215d565b6001600160a01b03160361123d576040516307b189a560e51b815260206004820152600560248201526430b236b4b760d91b6044820152606401610551565b5f61124e604088016020890161215d565b6001600160a01b031603611292576040516307b189a560e51b815260206004820152600a602482015269373330ba2132b0b1b7b760b11b6044820152606401610551565b5f6112a3606088016040890161215d565b6001600160a01b0316036112e9576040516307b189a560e51b815260206004820152600c60248201526b19195c1bdcda5d105cdcd95d60a21b6044820152606401610551565b5f6112fa608088016060890161215d565b6001600160a01b03160361133e576040516307b189a560e51b815260206004820152600a60248201526931b7b73a3937b63632b960b11b6044820152606401610551565b5f61134f60a088016080890161215d565b6001600160a01b031603611392576040516307b189a560e51b81526020600482015260096024820152683232b0b62a37b5b2b760b91b6044820152606401610551565b5f6113a360c0880160a0890161215d565b6001600160a01b0316036113e5576040516307b189a560e51b8152602060048201526008602482015267666163696c69747960c01b6044820152606401610551565b6113ed611a5f565b6114035f6113fe602089018961215d565b61199c565b506114387fafef8c6856a21712016cb505b683d83dc0456f1c3e9370d201bc887934f413eb6113fe6040890160208a0161215d565b50611449606087016040880161215d565b5f80546001600160a01b0319166001600160a01b0392909216919091179055611478608087016060880161215d565b600180546001600160a01b0319166001600160a01b03929092169190911790556114a860a087016080880161215d565b600280546001600160a01b0319166001600160a01b03929092169190911790556114d860c0870160a0880161215d565b600380546001600160a01b0319166001600160a01b0392909216919091179055831561153e57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b5f6001600160e01b03198216635a05180f60e01b14806104dc57506104dc82611a67565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156115aa57604051633ee5aeb560e01b815260040160405180910390fd5b6115d760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611a9b565b565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052600254604051634f558e7960e01b8152600481018590526001600160a01b03909116908190634f558e7990602401602060405180830381865afa158015611661573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116859190611ff9565b6116a557604051636d7a657560e11b815260048101859052602401610551565b6040516331a9108f60e11b8152600481018590526001600160a01b03821690636352211e90602401602060405180830381865afa1580156116e8573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061170c9190612178565b9250336001600160a01b03841614801590611792575060405163e985e9c560e01b81526001600160a01b03848116600483015233602483015282169063e985e9c590604401602060405180830381865afa15801561176c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117909190611ff9565b155b801561180e575060405163020604bf60e21b81526004810185905233906001600160a01b0383169063081812fc90602401602060405180830381865afa1580156117de573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118029190612178565b6001600160a01b031614155b156118355760405163124b9e1f60e31b815260048101859052336024820152604401610551565b60405163c959c42b60e01b8152600481018590526001600160a01b0382169063c959c42b9060240161010060405180830381865afa158015611879573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061189d919061205d565b915050915091565b5f82815260056020526040902080548291906010906118d5908490600160801b90046001600160801b0316612193565b92506101000a8154816001600160801b0302191690836001600160801b031602179055508060045f82825461190a9190612137565b90915550505050565b604080516001600160a01b038416602482015260448082018490528251808303909101815260649091019091526020810180516001600160e01b031663a9059cbb60e01b179052610696908490611aa2565b6115d75f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006115d1565b6119998133611b0e565b50565b5f5f5160206121db5f395f51905f52816119b68585611b47565b905080156106c0575f8581526020839052604090206119d59085611be8565b50949350505050565b5f5f5160206121db5f395f51905f52816119f88585611bfc565b905080156106c0575f8581526020839052604090206119d59085611c75565b5f6107628383611c89565b60605f61076283611caf565b5f6104dc825490565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a006104dc565b6115d7611d08565b5f6001600160e01b03198216637965db0b60e01b14806104dc57506301ffc9a760e01b6001600160e01b03198316146104dc565b80825d5050565b5f5f60205f8451602086015f885af180611ac1576040513d5f823e3d81fd5b50505f513d91508115611ad8578060011415611ae5565b6001600160a01b0384163b155b1561065d57604051635274afe760e01b81526001600160a01b0385166004820152602401610551565b611b1882826106c8565b610bdf5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610551565b5f5f5160206121fb5f395f51905f52611b6084846106c8565b611bdf575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055611b953390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a460019150506104dc565b5f9150506104dc565b5f610762836001600160a01b038416611d2d565b5f5f5160206121fb5f395f51905f52611c1584846106c8565b15611bdf575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a460019150506104dc565b5f610762836001600160a01b038416611d79565b5f825f018281548110611c9e57611c9e6121b2565b905f5260205f200154905092915050565b6060815f01805480602002602001604051908101604052809291908181526020018280548015611cfc57602002820191905f5260205f20905b815481526020019060010190808311611ce8575b50505050509050919050565b611d10611e53565b6115d757604051631afcd79f60e31b815260040160405180910390fd5b5f818152600183016020526040812054611d7257508154600181810184555f8481526020808220909301849055845484825282860190935260409020919091556104dc565b505f6104dc565b5f8181526001830160205260408120548015611bdf575f611d9b600183612137565b85549091505f90611dae90600190612137565b9050808214611e0d575f865f018281548110611dcc57611dcc6121b2565b905f5260205f200154905080875f018481548110611dec57611dec6121b2565b5f918252602080832090910192909255918252600188019052604090208390555b8554869080611e1e57611e1e6121c6565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f9055600193505050506104dc565b5f611e5c611a37565b54600160401b900460ff16919050565b5f60208284031215611e7c575f5ffd5b81356001600160e01b031981168114610762575f5ffd5b5f60208284031215611ea3575f5ffd5b5035919050565b6001600160a01b0381168114611999575f5ffd5b5f5f60408385031215611ecf575f5ffd5b823591506020830135611ee181611eaa565b809150509250929050565b5f5f60408385031215611efd575f5ffd5b50508035926020909101359150565b602080825282518282018190525f918401906040840190835b81811015611f4c5783516001600160a01b0316835260209384019390920191600101611f25565b509095945050505050565b602080825282518282018190525f918401906040840190835b81811015611f4c57835180516001600160801b0316845260209081015167ffffffffffffffff168185015290930192604090920191600101611f70565b5f60c0828403128015611fbe575f5ffd5b509092915050565b634e487b7160e01b5f52601160045260245ffd5b6001600160801b0382811682821603908111156104dc576104dc611fc6565b5f60208284031215612009575f5ffd5b81518015158114610762575f5ffd5b80516001600160801b038116811461063c575f5ffd5b805161063c81611eaa565b805164ffffffffff8116811461063c575f5ffd5b805160ff8116811461063c575f5ffd5b5f61010082840312801561206f575f5ffd5b50604051610100810167ffffffffffffffff811182821017156120a057634e487b7160e01b5f52604160045260245ffd5b6040526120ac83612018565b81526120ba60208401612018565b60208201526120cb6040840161202e565b60408201526120dc60608401612039565b60608201526120ed60808401612039565b60808201526120fe60a0840161204d565b60a082015260c0838101519082015260e0928301519281019290925250919050565b5f60208284031215612130575f5ffd5b5051919050565b818103818111156104dc576104dc611fc6565b808201808211156104dc576104dc611fc6565b5f6020828403121561216d575f5ffd5b813561076281611eaa565b5f60208284031215612188575f5ffd5b815161076281611eaa565b6001600160801b0381811683821601908111156104dc576104dc611fc6565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52603160045260245ffdfec1f6fe24621ce81ec5827caf0253cadb74709b061630e6b55e8237170593200002dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800";
