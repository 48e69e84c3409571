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
export const nfatRedeemBytecode: `0x${string}` = "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b612523806100d65f395ff3fe608060405234801561000f575f5ffd5b5060043610610187575f3560e01c80639a3c37fa116100d9578063ccc41f2411610093578063db006a751161006e578063db006a75146104a3578063e7fa9f7d146104b6578063f5ee070f146104bf578063f77c4791146104d2575f5ffd5b8063ccc41f241461045e578063d13cb1fb14610470578063d547741f14610490575f5ffd5b80639a3c37fa146103d7578063a217fddf146103fe578063a3246ad314610405578063a65e2cfd14610425578063b3a49eae14610438578063ca15c8731461044b575f5ffd5b80634edd8b411161014457806387c1fdba1161011f57806387c1fdba146103725780639010d07c1461039e57806391d14854146103b157806396e494e8146103c4575f5ffd5b80634edd8b41146103215780635280c3ee1461034c5780635bd45aa11461035f575f5ffd5b806301ffc9a71461018b578063248a9ca3146101b35780632dd7c658146101d45780632eb375ea146102e65780632f2ff15d146102f957806336568abe1461030e575b5f5ffd5b61019e610199366004612174565b6104e5565b60405190151581526020015b60405180910390f35b6101c66101c136600461219b565b61050f565b6040519081526020016101aa565b61027d6101e236600461219b565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152505f90815260056020908152604091829020825160a08101845281546001600160801b038082168352600160801b91829004169382019390935260019091015467ffffffffffffffff80821694830194909452600160401b81049093166060820152910460ff161515608082015290565b6040516101aa91905f60a0820190506001600160801b0383511682526001600160801b03602084015116602083015267ffffffffffffffff604084015116604083015267ffffffffffffffff606084015116606083015260808301511515608083015292915050565b6101c66102f436600461219b565b61052f565b61030c6103073660046121c6565b6106af565b005b61030c61031c3660046121c6565b6106d1565b600354610334906001600160a01b031681565b6040516001600160a01b0390911681526020016101aa565b600254610334906001600160a01b031681565b61030c61036d3660046121f4565b610709565b61019e61038036600461219b565b5f90815260056020526040902060010154600160801b900460ff1690565b6103346103ac3660046121f4565b6109a7565b61019e6103bf3660046121c6565b6109d4565b6101c66103d236600461219b565b610a0a565b6101c67fafef8c6856a21712016cb505b683d83dc0456f1c3e9370d201bc887934f413eb81565b6101c65f81565b61041861041336600461219b565b610a45565b6040516101aa9190612214565b61030c6104333660046121f4565b610a75565b6101c66104463660046121f4565b610eeb565b6101c661045936600461219b565b6111e1565b5f54610334906001600160a01b031681565b61048361047e36600461219b565b611205565b6040516101aa919061225f565b61030c61049e3660046121c6565b611291565b6101c66104b136600461219b565b6112ad565b6101c660045481565b61030c6104cd3660046122b5565b611456565b600154610334906001600160a01b031681565b5f6001600160e01b03198216637ccf2b0760e11b148061050957506105098261184e565b92915050565b5f9081525f5160206125035f395f51905f52602052604090206001015490565b5f610538611872565b5f5f610543846118e1565b60a0810151919350915060ff166002146105875760a08101516040516351d6ef1d60e01b81526004810186905260ff90911660248201526044015b60405180910390fd5b61059084610a0a565b9250825f036105b557604051631bdd740b60e01b81526004810185905260240161057e565b80516001600160801b031683106105fb57805160405163cf7b0f2d60e01b815260048101869052602481018590526001600160801b03909116604482015260640161057e565b806080015164ffffffffff16421061063c576080810151604051635c32974160e01b81526004810186905264ffffffffff909116602482015260440161057e565b6106468484611bad565b5f5461065c906001600160a01b03168385611c1b565b816001600160a01b0316847f5bd56c18bcf5c328fa6875f4ee4b28fe6f3188c3805a320276bc47aa87b4de0d8560405161069891815260200190565b60405180910390a350506106aa611c6d565b919050565b6106b88261050f565b6106c181611c97565b6106cb8383611ca4565b50505050565b6001600160a01b03811633146106fa5760405163334bd91960e11b815260040160405180910390fd5b6107048282611ce6565b505050565b610711611872565b5f61071b81611c97565b815f0361073b576040516341f27c5360e11b815260040160405180910390fd5b600254604051634f558e7960e01b8152600481018590526001600160a01b03909116908190634f558e7990602401602060405180830381865afa158015610784573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107a891906122ce565b6107c857604051636d7a657560e11b81526004810185905260240161057e565b60405163c959c42b60e01b8152600481018590525f906001600160a01b0383169063c959c42b9060240161010060405180830381865afa15801561080e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108329190612332565b80519091506001600160801b031684111561087c5780516040516316701ac560e11b815260048101879052602481018690526001600160801b03909116604482015260640161057e565b6040516338ac7ddb60e11b815260048101869052602481018590525f906001600160a01b03841690637158fbb6906044016020604051808303815f875af11580156108c9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108ed91906123f5565b60035460c084015160405163b249824560e01b81526004810191909152602481018890525f60448201529192506001600160a01b03169063b2498245906064015f604051808303815f87803b158015610944575f5ffd5b505af1158015610956573d5f5f3e3d5ffd5b505060408051888152602081018590523393508992507f45facb0b0f54df3138c9edcf9a55c82485079a8c8c65fc17ea0f76f188addac9910160405180910390a3505050506109a3611c6d565b5050565b5f8281525f5160206124e35f395f51905f526020819052604082206109cc9084611d1f565b949350505050565b5f9182525f5160206125035f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f8181526005602052604081208054610a35906001600160801b03600160801b820481169116612420565b6001600160801b03169392505050565b5f8181525f5160206124e35f395f51905f526020819052604090912060609190610a6e90611d2a565b9392505050565b610a7d611872565b7fafef8c6856a21712016cb505b683d83dc0456f1c3e9370d201bc887934f413eb610aa781611c97565b815f03610ac7576040516341f27c5360e11b815260040160405180910390fd5b600254604051634f558e7960e01b8152600481018590526001600160a01b0390911690634f558e7990602401602060405180830381865afa158015610b0e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b3291906122ce565b610b5257604051636d7a657560e11b81526004810184905260240161057e565b60025460405163c959c42b60e01b8152600481018590525f916001600160a01b03169063c959c42b9060240161010060405180830381865afa158015610b9a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bbe9190612332565b5f80546040516370a0823160e01b81523060048201529293506001600160a01b03169182906370a0823190602401602060405180830381865afa158015610c07573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c2b91906123f5565b600154604051631c06c74560e31b81526001600160a01b0385811660048301526024820189905292935091169063e0363a28906044015f604051808303815f87803b158015610c78575f5ffd5b505af1158015610c8a573d5f5f3e3d5ffd5b50506040516370a0823160e01b81523060048201525f92508391506001600160a01b038516906370a0823190602401602060405180830381865afa158015610cd4573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610cf891906123f5565b610d02919061243f565b9050858114610d3557604051630fcb9ced60e21b815260048101889052602481018790526044810182905260640161057e565b60808401515f888152600560205260408120805464ffffffffff909316421192909190610d6c908a906001600160801b0316612452565b82546fffffffffffffffffffffffffffffffff19166001600160801b038216178355600183015490915067ffffffffffffffff165f03610dc65760018201805467ffffffffffffffff19164267ffffffffffffffff161790555b6001820180546fffffffffffffffff00000000000000001916600160401b4267ffffffffffffffff16021790558215610e0f5760018201805460ff60801b1916600160801b1790555b5f8a815260066020908152604080832081518083019092526001600160801b03808e16835267ffffffffffffffff428116848601908152835460018101855593875294862093519390920180549451909216600160801b026001600160c01b0319909416921691909117919091179055600480548b9290610e91908490612452565b9091555050604080518a81526020810183905284151581830152905133918c917ff8e2aec9ff36da1f7feda815f4505f90c0b3ea6b5897c53cc33a9f363786abc69181900360600190a350505050505050506109a3611c6d565b5f610ef4611872565b5f5f610eff856118e1565b60a0810151919350915060ff16600114610f3e5760a08101516040516351d6ef1d60e01b81526004810187905260ff909116602482015260440161057e565b835f03610f5e576040516341f27c5360e11b815260040160405180910390fd5b610f6785610a0a565b81519093506001600160801b0316841180610f8157508284115b15610fc25780516040516343cad14760e01b815260048101879052602481018690526001600160801b0390911660448201526064810184905260840161057e565b80516001600160801b03168414801581610fe6575081516001600160801b03168410155b1561102057815160405163cf7b0f2d60e01b815260048101889052602481018690526001600160801b03909116604482015260640161057e565b61102a8685611bad565b801561108e57600254604051630852cd8d60e31b8152600481018890526001600160a01b03909116906342966c68906024015f604051808303815f87803b158015611073575f5ffd5b505af1158015611085573d5f5f3e3d5ffd5b50505050611103565b6002546040516338ac7ddb60e11b815260048101889052602481018790526001600160a01b0390911690637158fbb6906044016020604051808303815f875af11580156110dd573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061110191906123f5565b505b60035460c083015160405163b249824560e01b815260048101919091526024810187905282151560448201526001600160a01b039091169063b2498245906064015f604051808303815f87803b15801561115b575f5ffd5b505af115801561116d573d5f5f3e3d5ffd5b50505f5461118892506001600160a01b031690508486611c1b565b60408051858152602081018790528215158183015290516001600160a01b0385169188917f73d897e9b74d5661ae7db11b9175de31dd355dc1855d456019fa3854dfb64ffd9181900360600190a3505050610509611c6d565b5f8181525f5160206124e35f395f51905f52602081905260408220610a6e90611d36565b606060065f8381526020019081526020015f20805480602002602001604051908101604052809291908181526020015f905b82821015611286575f84815260209081902060408051808201909152908401546001600160801b0381168252600160801b900467ffffffffffffffff1681830152825260019092019101611237565b505050509050919050565b61129a8261050f565b6112a381611c97565b6106cb8383611ce6565b5f6112b6611872565b5f5f6112c1846118e1565b915091506112ce84610a0a565b81519093506001600160801b031683101561131857805160405163033f717b60e11b815260048101869052602481018590526001600160801b03909116604482015260640161057e565b6113228484611bad565b600254604051630852cd8d60e31b8152600481018690526001600160a01b03909116906342966c68906024015f604051808303815f87803b158015611365575f5ffd5b505af1158015611377573d5f5f3e3d5ffd5b505060035460c0840151845160405163b249824560e01b815260048101929092526001600160801b03166024820152600160448201526001600160a01b03909116925063b249824591506064015f604051808303815f87803b1580156113db575f5ffd5b505af11580156113ed573d5f5f3e3d5ffd5b50505f5461140892506001600160a01b031690508385611c1b565b8051604080518581526001600160801b0390921660208301526001600160a01b0384169186917fa5851b0172fdafd3dafe0e52ce051747548a4c642a2f22793c01faf228e130629101610698565b5f61145f611d3f565b805490915060ff600160401b820416159067ffffffffffffffff165f811580156114865750825b90505f8267ffffffffffffffff1660011480156114a25750303b155b9050811580156114b0575080155b156114ce5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff1916600117855583156114f857845460ff60401b1916600160401b1785555b5f6115066020880188612465565b6001600160a01b031603611545576040516307b189a560e51b815260206004820152600560248201526430b236b4b760d91b604482015260640161057e565b5f6115566040880160208901612465565b6001600160a01b03160361159a576040516307b189a560e51b815260206004820152600a602482015269373330ba2132b0b1b7b760b11b604482015260640161057e565b5f6115ab6060880160408901612465565b6001600160a01b0316036115f1576040516307b189a560e51b815260206004820152600c60248201526b19195c1bdcda5d105cdcd95d60a21b604482015260640161057e565b5f6116026080880160608901612465565b6001600160a01b031603611646576040516307b189a560e51b815260206004820152600a60248201526931b7b73a3937b63632b960b11b604482015260640161057e565b5f61165760a0880160808901612465565b6001600160a01b03160361169a576040516307b189a560e51b81526020600482015260096024820152683232b0b62a37b5b2b760b91b604482015260640161057e565b5f6116ab60c0880160a08901612465565b6001600160a01b0316036116ed576040516307b189a560e51b8152602060048201526008602482015267666163696c69747960c01b604482015260640161057e565b6116f5611d67565b61170b5f6117066020890189612465565b611ca4565b506117407fafef8c6856a21712016cb505b683d83dc0456f1c3e9370d201bc887934f413eb6117066040890160208a01612465565b506117516060870160408801612465565b5f80546001600160a01b0319166001600160a01b03929092169190911790556117806080870160608801612465565b600180546001600160a01b0319166001600160a01b03929092169190911790556117b060a0870160808801612465565b600280546001600160a01b0319166001600160a01b03929092169190911790556117e060c0870160a08801612465565b600380546001600160a01b0319166001600160a01b0392909216919091179055831561184657845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b5f6001600160e01b03198216635a05180f60e01b1480610509575061050982611d6f565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156118b257604051633ee5aeb560e01b815260040160405180910390fd5b6118df60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611da3565b565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052600254604051634f558e7960e01b8152600481018590526001600160a01b03909116908190634f558e7990602401602060405180830381865afa158015611969573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061198d91906122ce565b6119ad57604051636d7a657560e11b81526004810185905260240161057e565b6040516331a9108f60e11b8152600481018590526001600160a01b03821690636352211e90602401602060405180830381865afa1580156119f0573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a149190612480565b9250336001600160a01b03841614801590611a9a575060405163e985e9c560e01b81526001600160a01b03848116600483015233602483015282169063e985e9c590604401602060405180830381865afa158015611a74573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a9891906122ce565b155b8015611b16575060405163020604bf60e21b81526004810185905233906001600160a01b0383169063081812fc90602401602060405180830381865afa158015611ae6573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b0a9190612480565b6001600160a01b031614155b15611b3d5760405163124b9e1f60e31b81526004810185905233602482015260440161057e565b60405163c959c42b60e01b8152600481018590526001600160a01b0382169063c959c42b9060240161010060405180830381865afa158015611b81573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611ba59190612332565b915050915091565b5f8281526005602052604090208054829190601090611bdd908490600160801b90046001600160801b031661249b565b92506101000a8154816001600160801b0302191690836001600160801b031602179055508060045f828254611c12919061243f565b90915550505050565b604080516001600160a01b038416602482015260448082018490528251808303909101815260649091019091526020810180516001600160e01b031663a9059cbb60e01b179052610704908490611daa565b6118df5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006118d9565b611ca18133611e16565b50565b5f5f5160206124e35f395f51905f5281611cbe8585611e4f565b905080156109cc575f858152602083905260409020611cdd9085611ef0565b50949350505050565b5f5f5160206124e35f395f51905f5281611d008585611f04565b905080156109cc575f858152602083905260409020611cdd9085611f7d565b5f610a6e8383611f91565b60605f610a6e83611fb7565b5f610509825490565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610509565b6118df612010565b5f6001600160e01b03198216637965db0b60e01b148061050957506301ffc9a760e01b6001600160e01b0319831614610509565b80825d5050565b5f5f60205f8451602086015f885af180611dc9576040513d5f823e3d81fd5b50505f513d91508115611de0578060011415611ded565b6001600160a01b0384163b155b156106cb57604051635274afe760e01b81526001600160a01b038516600482015260240161057e565b611e2082826109d4565b6109a35760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161057e565b5f5f5160206125035f395f51905f52611e6884846109d4565b611ee7575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055611e9d3390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610509565b5f915050610509565b5f610a6e836001600160a01b038416612035565b5f5f5160206125035f395f51905f52611f1d84846109d4565b15611ee7575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a46001915050610509565b5f610a6e836001600160a01b038416612081565b5f825f018281548110611fa657611fa66124ba565b905f5260205f200154905092915050565b6060815f0180548060200260200160405190810160405280929190818152602001828054801561200457602002820191905f5260205f20905b815481526020019060010190808311611ff0575b50505050509050919050565b61201861215b565b6118df57604051631afcd79f60e31b815260040160405180910390fd5b5f81815260018301602052604081205461207a57508154600181810184555f848152602080822090930184905584548482528286019093526040902091909155610509565b505f610509565b5f8181526001830160205260408120548015611ee7575f6120a360018361243f565b85549091505f906120b69060019061243f565b9050808214612115575f865f0182815481106120d4576120d46124ba565b905f5260205f200154905080875f0184815481106120f4576120f46124ba565b5f918252602080832090910192909255918252600188019052604090208390555b8554869080612126576121266124ce565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f905560019350505050610509565b5f612164611d3f565b54600160401b900460ff16919050565b5f60208284031215612184575f5ffd5b81356001600160e01b031981168114610a6e575f5ffd5b5f602082840312156121ab575f5ffd5b5035919050565b6001600160a01b0381168114611ca1575f5ffd5b5f5f604083850312156121d7575f5ffd5b8235915060208301356121e9816121b2565b809150509250929050565b5f5f60408385031215612205575f5ffd5b50508035926020909101359150565b602080825282518282018190525f918401906040840190835b818110156122545783516001600160a01b031683526020938401939092019160010161222d565b509095945050505050565b602080825282518282018190525f918401906040840190835b8181101561225457835180516001600160801b0316845260209081015167ffffffffffffffff168185015290930192604090920191600101612278565b5f60c08284031280156122c6575f5ffd5b509092915050565b5f602082840312156122de575f5ffd5b81518015158114610a6e575f5ffd5b80516001600160801b03811681146106aa575f5ffd5b80516106aa816121b2565b805164ffffffffff811681146106aa575f5ffd5b805160ff811681146106aa575f5ffd5b5f610100828403128015612344575f5ffd5b50604051610100810167ffffffffffffffff8111828210171561237557634e487b7160e01b5f52604160045260245ffd5b604052612381836122ed565b815261238f602084016122ed565b60208201526123a060408401612303565b60408201526123b16060840161230e565b60608201526123c26080840161230e565b60808201526123d360a08401612322565b60a082015260c0838101519082015260e0928301519281019290925250919050565b5f60208284031215612405575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b6001600160801b0382811682821603908111156105095761050961240c565b818103818111156105095761050961240c565b808201808211156105095761050961240c565b5f60208284031215612475575f5ffd5b8135610a6e816121b2565b5f60208284031215612490575f5ffd5b8151610a6e816121b2565b6001600160801b0381811683821601908111156105095761050961240c565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52603160045260245ffdfec1f6fe24621ce81ec5827caf0253cadb74709b061630e6b55e8237170593200002dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800";
