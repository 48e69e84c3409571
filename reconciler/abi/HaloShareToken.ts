// generated — do not edit. Regenerate with `tsx reconciler/scripts/gen-abi.ts` after `forge build`.
// HaloShareToken from contracts/src/lcts/HaloShareToken.sol.

export const haloShareTokenAbi = [
  {
    "type": "constructor",
    "inputs": [],
    "stateMutability": "nonpayable"
  },
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
    "name": "MAX_RATE_INCREASE_BPS_LIMIT",
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
    "name": "MIN_INCREASE_INTERVAL",
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
    "name": "allowance",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "spender",
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
    "name": "approve",
    "inputs": [
      {
        "name": "spender",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "value",
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
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "balanceOf",
    "inputs": [
      {
        "name": "account",
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
    "name": "burn",
    "inputs": [
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
    "name": "decimals",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "exchangeRate",
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
        "internalType": "struct IHaloShareToken.TokenConfig",
        "components": [
          {
            "name": "name",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "symbol",
            "type": "string",
            "internalType": "string"
          },
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
            "name": "subscribeQueue",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "redeemQueue",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "initialExchangeRate",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "maxRateIncreaseBps",
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
    "name": "lastIncreaseAt",
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
    "name": "maxRateIncreaseBps",
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
    "name": "mint",
    "inputs": [
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
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
    "name": "name",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "redeemQueue",
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
    "name": "setMaxRateIncreaseBps",
    "inputs": [
      {
        "name": "newBps",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "subscribeQueue",
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
    "name": "symbol",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "totalSupply",
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
    "name": "transfer",
    "inputs": [
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "value",
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
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "transferFrom",
    "inputs": [
      {
        "name": "from",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "value",
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
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "updateExchangeRate",
    "inputs": [
      {
        "name": "newRate",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "Approval",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "spender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "value",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ExchangeRateUpdated",
    "inputs": [
      {
        "name": "oldRate",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newRate",
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
    "name": "MaxRateIncreaseBpsSet",
    "inputs": [
      {
        "name": "oldBps",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newBps",
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
    "name": "ShareTokenInitialized",
    "inputs": [
      {
        "name": "config",
        "type": "tuple",
        "indexed": false,
        "internalType": "struct IHaloShareToken.TokenConfig",
        "components": [
          {
            "name": "name",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "symbol",
            "type": "string",
            "internalType": "string"
          },
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
            "name": "subscribeQueue",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "redeemQueue",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "initialExchangeRate",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "maxRateIncreaseBps",
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
    "name": "Transfer",
    "inputs": [
      {
        "name": "from",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "value",
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
    "name": "ERC20InsufficientAllowance",
    "inputs": [
      {
        "name": "spender",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "allowance",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "needed",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC20InsufficientBalance",
    "inputs": [
      {
        "name": "sender",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "balance",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "needed",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC20InvalidApprover",
    "inputs": [
      {
        "name": "approver",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC20InvalidReceiver",
    "inputs": [
      {
        "name": "receiver",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC20InvalidSender",
    "inputs": [
      {
        "name": "sender",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC20InvalidSpender",
    "inputs": [
      {
        "name": "spender",
        "type": "address",
        "internalType": "address"
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
    "name": "ShareToken_MaxRateIncreaseTooHigh",
    "inputs": [
      {
        "name": "bps",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "limit",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ShareToken_NotRedeemQueue",
    "inputs": [
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ShareToken_NotSubscribeQueue",
    "inputs": [
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ShareToken_RateIncreaseTooLarge",
    "inputs": [
      {
        "name": "newRate",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "maxRate",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ShareToken_RateIncreaseTooSoon",
    "inputs": [
      {
        "name": "nextIncreaseAt",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ShareToken_ZeroAddress",
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
    "name": "ShareToken_ZeroExchangeRate",
    "inputs": []
  }
] as const;

/** Creation bytecode. */
export const haloShareTokenBytecode: `0x${string}` = "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b611916806100d65f395ff3fe608060405234801561000f575f5ffd5b50600436106101c6575f3560e01c806370a08231116100fe578063b9e205ae1161009e578063dd62ed3e1161006e578063dd62ed3e146103fe578063dea142f814610411578063ed804f381461041a578063fd8eceb114610432575f5ffd5b8063b9e205ae146103bb578063cac0ee5d146103ce578063cad56151146103d8578063d547741f146103eb575f5ffd5b806395d89b41116100d957806395d89b4114610387578063a217fddf1461038f578063a9059cbb14610396578063b4a1eee1146103a9575f5ffd5b806370a08231146103295780637a234a6f1461035d57806391d1485414610374575f5ffd5b80632f2ff15d116101695780633ba0b9a9116101445780633ba0b9a9146102cf57806340c10f19146102d857806342966c68146102eb578063523fa677146102fe575f5ffd5b80632f2ff15d14610298578063313ce567146102ad57806336568abe146102bc575f5ffd5b806318160ddd116101a457806318160ddd1461021a5780631c0258061461024b57806323b872dd14610272578063248a9ca314610285575f5ffd5b806301ffc9a7146101ca57806306fdde03146101f2578063095ea7b314610207575b5f5ffd5b6101dd6101d83660046113fe565b610445565b60405190151581526020015b60405180910390f35b6101fa61048a565b6040516101e9919061142c565b6101dd61021536600461147c565b61054a565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace02545b6040519081526020016101e9565b61023d7f3c81c3ff4cd75ed8ca5b0fe28ed5539650345ccf049a44b342b5c4beef34447f81565b6101dd6102803660046114a4565b610561565b61023d6102933660046114de565b610584565b6102ab6102a63660046114f5565b6105a4565b005b604051601281526020016101e9565b6102ab6102ca3660046114f5565b6105c6565b61023d60025481565b6102ab6102e636600461147c565b6105fe565b6102ab6102f93660046114de565b61063d565b600154610311906001600160a01b031681565b6040516001600160a01b0390911681526020016101e9565b61023d61033736600461151f565b6001600160a01b03165f9081525f5160206118d65f395f51905f52602052604090205490565b5f54600160a01b90046001600160601b031661023d565b6101dd6103823660046114f5565b610677565b6101fa6106ad565b61023d5f81565b6101dd6103a436600461147c565b6106eb565b5f54610311906001600160a01b031681565b6102ab6103c93660046114de565b6106f8565b61023d6201194081565b6102ab6103e63660046114de565b61087f565b6102ab6103f93660046114f5565b610905565b61023d61040c366004611538565b610921565b61023d61271081565b600154600160a01b90046001600160601b031661023d565b6102ab610440366004611560565b61096a565b5f6001600160e01b03198216633384327d60e21b148061047557506001600160e01b031982166336372b0760e01b145b80610484575061048482610de9565b92915050565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0380546060915f5160206118d65f395f51905f52916104c890611598565b80601f01602080910402602001604051908101604052809291908181526020018280546104f490611598565b801561053f5780601f106105165761010080835404028352916020019161053f565b820191905f5260205f20905b81548152906001019060200180831161052257829003601f168201915b505050505091505090565b5f33610557818585610e1d565b5060019392505050565b5f3361056e858285610e2a565b610579858585610e88565b506001949350505050565b5f9081525f5160206118f65f395f51905f52602052604090206001015490565b6105ad82610584565b6105b681610ee5565b6105c08383610eef565b50505050565b6001600160a01b03811633146105ef5760405163334bd91960e11b815260040160405180910390fd5b6105f98282610f90565b505050565b5f546001600160a01b0316331461062f5760405163504573d160e01b81523360048201526024015b60405180910390fd5b6106398282611009565b5050565b6001546001600160a01b0316331461066a5760405163ef345e7360e01b8152336004820152602401610626565b610674338261103d565b50565b5f9182525f5160206118f65f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0480546060915f5160206118d65f395f51905f52916104c890611598565b5f33610557818585610e88565b7f3c81c3ff4cd75ed8ca5b0fe28ed5539650345ccf049a44b342b5c4beef34447f61072281610ee5565b815f0361074257604051636f0607e160e01b815260040160405180910390fd5b6002548083111561083c57600154600160a01b90046001600160601b0316801580159061077a575061077762011940826115e4565b42105b156107a85761078c62011940826115e4565b60405163071487b960e31b815260040161062691815260200190565b5f8054612710906107c990600160a01b90046001600160601b0316826115e4565b6107d390856115f7565b6107dd919061160e565b90508085111561080a57604051636ddfd36760e01b81526004810186905260248101829052604401610626565b61081342611071565b600160146101000a8154816001600160601b0302191690836001600160601b0316021790555050505b600283905560408051828152602081018590527fc8d1043f24843c0a1c9251fdc30017d84e87498fbcf232af9f86816b5e182bde910160405180910390a1505050565b5f61088981610ee5565b610892826110a8565b5f5460408051600160a01b9092046001600160601b03168252602082018490527f96422d4d6dfc69dd142b182b41048e41e5729e1cbbedb4c4c9186f12b3ac14fd910160405180910390a1505f80546001600160601b03909216600160a01b026001600160a01b03909216919091179055565b61090e82610584565b61091781610ee5565b6105c08383610f90565b6001600160a01b039182165f9081527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace016020908152604080832093909416825291909152205490565b5f6109736110d6565b805490915060ff600160401b820416159067ffffffffffffffff165f8115801561099a5750825b90505f8267ffffffffffffffff1660011480156109b65750303b155b9050811580156109c4575080155b156109e25760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315610a0c57845460ff60401b1916600160401b1785555b5f610a1d606088016040890161151f565b6001600160a01b031603610a5c5760405163167e311160e31b815260206004820152600560248201526430b236b4b760d91b6044820152606401610626565b5f610a6d608088016060890161151f565b6001600160a01b031603610aad5760405163167e311160e31b81526020600482015260066024820152653132b0b1b7b760d11b6044820152606401610626565b5f610abe60a088016080890161151f565b6001600160a01b031603610b065760405163167e311160e31b815260206004820152600e60248201526d737562736372696265517565756560901b6044820152606401610626565b5f610b1760c0880160a0890161151f565b6001600160a01b031603610b5c5760405163167e311160e31b815260206004820152600b60248201526a72656465656d517565756560a81b6044820152606401610626565b8560c001355f03610b8057604051636f0607e160e01b815260040160405180910390fd5b610b8d8660e001356110a8565b610c14610b9a878061162d565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250610bdb92505050602089018961162d565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506110fe92505050565b610c1c611110565b610c355f610c306060890160408a0161151f565b610eef565b50610c6a7f3c81c3ff4cd75ed8ca5b0fe28ed5539650345ccf049a44b342b5c4beef34447f610c306080890160608a0161151f565b50610c7b60a087016080880161151f565b5f80546001600160a01b0319166001600160a01b0392909216919091179055610caa60c0870160a0880161151f565b600180546001600160a01b0319166001600160a01b0392831617905560c08701356002555f8054909116600160a01b60e08901356001600160601b0316021790556040517f5d2eaf9141a07087e9558c448b0eae1350c2d771494c7cd7173d6c5418aea8d890610d1b9088906116e1565b60405180910390a1604080515f815260c088013560208201527fc8d1043f24843c0a1c9251fdc30017d84e87498fbcf232af9f86816b5e182bde910160405180910390a1604080515f815260e088013560208201527f96422d4d6dfc69dd142b182b41048e41e5729e1cbbedb4c4c9186f12b3ac14fd910160405180910390a18315610de157845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b5f6001600160e01b03198216637965db0b60e01b148061048457506301ffc9a760e01b6001600160e01b0319831614610484565b6105f9838383600161111a565b5f610e358484610921565b90505f198110156105c05781811015610e7a57604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610626565b6105c084848484035f61111a565b6001600160a01b038316610eb157604051634b637e8f60e11b81525f6004820152602401610626565b6001600160a01b038216610eda5760405163ec442f0560e01b81525f6004820152602401610626565b6105f98383836111fe565b6106748133611337565b5f5f5160206118f65f395f51905f52610f088484610677565b610f87575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055610f3d3390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610484565b5f915050610484565b5f5f5160206118f65f395f51905f52610fa98484610677565b15610f87575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a46001915050610484565b6001600160a01b0382166110325760405163ec442f0560e01b81525f6004820152602401610626565b6106395f83836111fe565b6001600160a01b03821661106657604051634b637e8f60e11b81525f6004820152602401610626565b610639825f836111fe565b5f6001600160601b038211156110a4576040516306dfcc6560e41b81526060600482015260248101839052604401610626565b5090565b61271081111561067457604051633158e90f60e01b8152600481018290526127106024820152604401610626565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610484565b611106611370565b6106398282611395565b611118611370565b565b5f5160206118d65f395f51905f526001600160a01b0385166111515760405163e602df0560e01b81525f6004820152602401610626565b6001600160a01b03841661117a57604051634a1406b160e11b81525f6004820152602401610626565b6001600160a01b038086165f908152600183016020908152604080832093881683529290522083905581156111f757836001600160a01b0316856001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925856040516111ee91815260200190565b60405180910390a35b5050505050565b5f5160206118d65f395f51905f526001600160a01b0384166112385781816002015f82825461122d91906115e4565b909155506112a89050565b6001600160a01b0384165f908152602082905260409020548281101561128a5760405163391434e360e21b81526001600160a01b03861660048201526024810182905260448101849052606401610626565b6001600160a01b0385165f9081526020839052604090209083900390555b6001600160a01b0383166112c65760028101805483900390556112e4565b6001600160a01b0383165f9081526020829052604090208054830190555b826001600160a01b0316846001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8460405161132991815260200190565b60405180910390a350505050565b6113418282610677565b6106395760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610626565b6113786113e5565b61111857604051631afcd79f60e31b815260040160405180910390fd5b61139d611370565b5f5160206118d65f395f51905f527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace036113d6848261181a565b50600481016105c0838261181a565b5f6113ee6110d6565b54600160401b900460ff16919050565b5f6020828403121561140e575f5ffd5b81356001600160e01b031981168114611425575f5ffd5b9392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b0381168114611477575f5ffd5b919050565b5f5f6040838503121561148d575f5ffd5b61149683611461565b946020939093013593505050565b5f5f5f606084860312156114b6575f5ffd5b6114bf84611461565b92506114cd60208501611461565b929592945050506040919091013590565b5f602082840312156114ee575f5ffd5b5035919050565b5f5f60408385031215611506575f5ffd5b8235915061151660208401611461565b90509250929050565b5f6020828403121561152f575f5ffd5b61142582611461565b5f5f60408385031215611549575f5ffd5b61155283611461565b915061151660208401611461565b5f60208284031215611570575f5ffd5b813567ffffffffffffffff811115611586575f5ffd5b82016101008185031215611425575f5ffd5b600181811c908216806115ac57607f821691505b6020821081036115ca57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610484576104846115d0565b8082028115828204841417610484576104846115d0565b5f8261162857634e487b7160e01b5f52601260045260245ffd5b500490565b5f5f8335601e19843603018112611642575f5ffd5b83018035915067ffffffffffffffff82111561165c575f5ffd5b602001915036819003821315611670575f5ffd5b9250929050565b5f5f8335601e1984360301811261168c575f5ffd5b830160208101925035905067ffffffffffffffff8111156116ab575f5ffd5b803603821315611670575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b602081525f6116f08384611677565b6101006020850152611707610120850182846116b9565b9150506117176020850185611677565b848303601f1901604086015261172e8382846116b9565b92506001600160a01b039150611748905060408601611461565b16606084015261175a60608501611461565b6001600160a01b03811660808501525061177660808501611461565b6001600160a01b03811660a08501525061179260a08501611461565b6001600160a01b03811660c08501525060c084013560e08481019190915290930135610100909201919091525090565b634e487b7160e01b5f52604160045260245ffd5b601f8211156105f957805f5260205f20601f840160051c810160208510156117fb5750805b601f840160051c820191505b818110156111f7575f8155600101611807565b815167ffffffffffffffff811115611834576118346117c2565b611848816118428454611598565b846117d6565b6020601f82116001811461187a575f83156118635750848201515b5f19600385901b1c1916600184901b1784556111f7565b5f84815260208120601f198516915b828110156118a95787850151825560209485019460019092019101611889565b50848210156118c657868401515f19600387901b60f8161c191681555b50505050600190811b0190555056fe52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0002dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800";
