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
export const haloShareTokenBytecode: `0x${string}` = "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b611aa9806100d65f395ff3fe608060405234801561000f575f5ffd5b50600436106101e7575f3560e01c80639010d07c11610109578063ca15c8731161009e578063dd62ed3e1161006e578063dd62ed3e14610457578063dea142f81461046a578063ed804f3814610473578063fd8eceb11461047c575f5ffd5b8063ca15c87314610414578063cac0ee5d14610427578063cad5615114610431578063d547741f14610444575f5ffd5b8063a3246ad3116100d9578063a3246ad3146103bc578063a9059cbb146103dc578063b4a1eee1146103ef578063b9e205ae14610401575f5ffd5b80639010d07c1461038757806391d148541461039a57806395d89b41146103ad578063a217fddf146103b5575f5ffd5b8063313ce5671161017f57806342966c681161014f57806342966c681461030c578063523fa6771461031f57806370a082311461034a5780637a234a6f1461037e575f5ffd5b8063313ce567146102ce57806336568abe146102dd5780633ba0b9a9146102f057806340c10f19146102f9575f5ffd5b80631c025806116101ba5780631c0258061461026c57806323b872dd14610293578063248a9ca3146102a65780632f2ff15d146102b9575f5ffd5b806301ffc9a7146101eb57806306fdde0314610213578063095ea7b31461022857806318160ddd1461023b575b5f5ffd5b6101fe6101f936600461161d565b61048f565b60405190151581526020015b60405180910390f35b61021b6104b9565b60405161020a9190611644565b6101fe610236366004611694565b610579565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace02545b60405190815260200161020a565b61025e7f3c81c3ff4cd75ed8ca5b0fe28ed5539650345ccf049a44b342b5c4beef34447f81565b6101fe6102a13660046116bc565b610590565b61025e6102b43660046116f6565b6105b3565b6102cc6102c736600461170d565b6105d3565b005b6040516012815260200161020a565b6102cc6102eb36600461170d565b6105f5565b61025e60025481565b6102cc610307366004611694565b61062d565b6102cc61031a3660046116f6565b61066c565b600154610332906001600160a01b031681565b6040516001600160a01b03909116815260200161020a565b61025e610358366004611737565b6001600160a01b03165f9081525f516020611a695f395f51905f52602052604090205490565b61025e60035481565b610332610395366004611750565b6106a6565b6101fe6103a836600461170d565b6106d3565b61021b610709565b61025e5f81565b6103cf6103ca3660046116f6565b610747565b60405161020a9190611770565b6101fe6103ea366004611694565b610777565b5f54610332906001600160a01b031681565b6102cc61040f3660046116f6565b610784565b61025e6104223660046116f6565b6108c3565b61025e6201194081565b6102cc61043f3660046116f6565b6108e7565b6102cc61045236600461170d565b61093c565b61025e6104653660046117bb565b610958565b61025e61271081565b61025e60045481565b6102cc61048a3660046117e3565b6109a1565b5f6001600160e01b03198216635a05180f60e01b14806104b357506104b382610dd7565b92915050565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0380546060915f516020611a695f395f51905f52916104f79061181b565b80601f01602080910402602001604051908101604052809291908181526020018280546105239061181b565b801561056e5780601f106105455761010080835404028352916020019161056e565b820191905f5260205f20905b81548152906001019060200180831161055157829003601f168201915b505050505091505090565b5f33610586818585610e0b565b5060019392505050565b5f3361059d858285610e18565b6105a8858585610e76565b506001949350505050565b5f9081525f516020611a895f395f51905f52602052604090206001015490565b6105dc826105b3565b6105e581610ed3565b6105ef8383610edd565b50505050565b6001600160a01b038116331461061e5760405163334bd91960e11b815260040160405180910390fd5b6106288282610f1f565b505050565b5f546001600160a01b0316331461065e5760405163504573d160e01b81523360048201526024015b60405180910390fd5b6106688282610f58565b5050565b6001546001600160a01b031633146106995760405163ef345e7360e01b8152336004820152602401610655565b6106a33382610f8c565b50565b5f8281525f516020611a495f395f51905f526020819052604082206106cb9084610fc0565b949350505050565b5f9182525f516020611a895f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0480546060915f516020611a695f395f51905f52916104f79061181b565b5f8181525f516020611a495f395f51905f52602081905260409091206060919061077090610fcb565b9392505050565b5f33610586818585610e76565b7f3c81c3ff4cd75ed8ca5b0fe28ed5539650345ccf049a44b342b5c4beef34447f6107ae81610ed3565b815f036107ce57604051636f0607e160e01b815260040160405180910390fd5b600254808311156108805760045480158015906107f657506107f36201194082611867565b42105b15610824576108086201194082611867565b60405163071487b960e31b815260040161065591815260200190565b5f6127106003546127106108389190611867565b610842908561187a565b61084c9190611891565b90508085111561087957604051636ddfd36760e01b81526004810186905260248101829052604401610655565b5050426004555b600283905560408051828152602081018590527fc8d1043f24843c0a1c9251fdc30017d84e87498fbcf232af9f86816b5e182bde910160405180910390a1505050565b5f8181525f516020611a495f395f51905f5260208190526040822061077090610fd7565b5f6108f181610ed3565b6108fa82610fe0565b60035460408051918252602082018490527f96422d4d6dfc69dd142b182b41048e41e5729e1cbbedb4c4c9186f12b3ac14fd910160405180910390a150600355565b610945826105b3565b61094e81610ed3565b6105ef8383610f1f565b6001600160a01b039182165f9081527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace016020908152604080832093909416825291909152205490565b5f6109aa61100e565b805490915060ff600160401b820416159067ffffffffffffffff165f811580156109d15750825b90505f8267ffffffffffffffff1660011480156109ed5750303b155b9050811580156109fb575080155b15610a195760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315610a4357845460ff60401b1916600160401b1785555b5f610a546060880160408901611737565b6001600160a01b031603610a935760405163167e311160e31b815260206004820152600560248201526430b236b4b760d91b6044820152606401610655565b5f610aa46080880160608901611737565b6001600160a01b031603610ae45760405163167e311160e31b81526020600482015260066024820152653132b0b1b7b760d11b6044820152606401610655565b5f610af560a0880160808901611737565b6001600160a01b031603610b3d5760405163167e311160e31b815260206004820152600e60248201526d737562736372696265517565756560901b6044820152606401610655565b5f610b4e60c0880160a08901611737565b6001600160a01b031603610b935760405163167e311160e31b815260206004820152600b60248201526a72656465656d517565756560a81b6044820152606401610655565b8560c001355f03610bb757604051636f0607e160e01b815260040160405180910390fd5b610bc48660e00135610fe0565b610c4b610bd187806118b0565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250610c129250505060208901896118b0565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061103692505050565b610c53611048565b610c6c5f610c676060890160408a01611737565b610edd565b50610ca17f3c81c3ff4cd75ed8ca5b0fe28ed5539650345ccf049a44b342b5c4beef34447f610c676080890160608a01611737565b50610cb260a0870160808801611737565b5f80546001600160a01b0319166001600160a01b0392909216919091179055610ce160c0870160a08801611737565b600180546001600160a01b0319166001600160a01b039290921691909117905560c0860135600281905560e0870135600355604080515f815260208101929092527fc8d1043f24843c0a1c9251fdc30017d84e87498fbcf232af9f86816b5e182bde910160405180910390a1604080515f815260e088013560208201527f96422d4d6dfc69dd142b182b41048e41e5729e1cbbedb4c4c9186f12b3ac14fd910160405180910390a18315610dcf57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b5f6001600160e01b03198216637965db0b60e01b14806104b357506301ffc9a760e01b6001600160e01b03198316146104b3565b6106288383836001611052565b5f610e238484610958565b90505f198110156105ef5781811015610e6857604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610655565b6105ef84848484035f611052565b6001600160a01b038316610e9f57604051634b637e8f60e11b81525f6004820152602401610655565b6001600160a01b038216610ec85760405163ec442f0560e01b81525f6004820152602401610655565b610628838383611136565b6106a3813361126f565b5f5f516020611a495f395f51905f5281610ef785856112a8565b905080156106cb575f858152602083905260409020610f169085611349565b50949350505050565b5f5f516020611a495f395f51905f5281610f39858561135d565b905080156106cb575f858152602083905260409020610f1690856113d6565b6001600160a01b038216610f815760405163ec442f0560e01b81525f6004820152602401610655565b6106685f8383611136565b6001600160a01b038216610fb557604051634b637e8f60e11b81525f6004820152602401610655565b610668825f83611136565b5f61077083836113ea565b60605f61077083611410565b5f6104b3825490565b6127108111156106a357604051633158e90f60e01b8152600481018290526127106024820152604401610655565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a006104b3565b61103e611469565b610668828261148e565b611050611469565b565b5f516020611a695f395f51905f526001600160a01b0385166110895760405163e602df0560e01b81525f6004820152602401610655565b6001600160a01b0384166110b257604051634a1406b160e11b81525f6004820152602401610655565b6001600160a01b038086165f9081526001830160209081526040808320938816835292905220839055811561112f57836001600160a01b0316856001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258560405161112691815260200190565b60405180910390a35b5050505050565b5f516020611a695f395f51905f526001600160a01b0384166111705781816002015f8282546111659190611867565b909155506111e09050565b6001600160a01b0384165f90815260208290526040902054828110156111c25760405163391434e360e21b81526001600160a01b03861660048201526024810182905260448101849052606401610655565b6001600160a01b0385165f9081526020839052604090209083900390555b6001600160a01b0383166111fe57600281018054839003905561121c565b6001600160a01b0383165f9081526020829052604090208054830190555b826001600160a01b0316846001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8460405161126191815260200190565b60405180910390a350505050565b61127982826106d3565b6106685760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610655565b5f5f516020611a895f395f51905f526112c184846106d3565b611340575f848152602082815260408083206001600160a01b03871684529091529020805460ff191660011790556112f63390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a460019150506104b3565b5f9150506104b3565b5f610770836001600160a01b0384166114de565b5f5f516020611a895f395f51905f5261137684846106d3565b15611340575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a460019150506104b3565b5f610770836001600160a01b03841661152a565b5f825f0182815481106113ff576113ff6118fa565b905f5260205f200154905092915050565b6060815f0180548060200260200160405190810160405280929190818152602001828054801561145d57602002820191905f5260205f20905b815481526020019060010190808311611449575b50505050509050919050565b611471611604565b61105057604051631afcd79f60e31b815260040160405180910390fd5b611496611469565b5f516020611a695f395f51905f527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace036114cf8482611966565b50600481016105ef8382611966565b5f81815260018301602052604081205461152357508154600181810184555f8481526020808220909301849055845484825282860190935260409020919091556104b3565b505f6104b3565b5f8181526001830160205260408120548015611340575f61154c600183611a21565b85549091505f9061155f90600190611a21565b90508082146115be575f865f01828154811061157d5761157d6118fa565b905f5260205f200154905080875f01848154811061159d5761159d6118fa565b5f918252602080832090910192909255918252600188019052604090208390555b85548690806115cf576115cf611a34565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f9055600193505050506104b3565b5f61160d61100e565b54600160401b900460ff16919050565b5f6020828403121561162d575f5ffd5b81356001600160e01b031981168114610770575f5ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b038116811461168f575f5ffd5b919050565b5f5f604083850312156116a5575f5ffd5b6116ae83611679565b946020939093013593505050565b5f5f5f606084860312156116ce575f5ffd5b6116d784611679565b92506116e560208501611679565b929592945050506040919091013590565b5f60208284031215611706575f5ffd5b5035919050565b5f5f6040838503121561171e575f5ffd5b8235915061172e60208401611679565b90509250929050565b5f60208284031215611747575f5ffd5b61077082611679565b5f5f60408385031215611761575f5ffd5b50508035926020909101359150565b602080825282518282018190525f918401906040840190835b818110156117b05783516001600160a01b0316835260209384019390920191600101611789565b509095945050505050565b5f5f604083850312156117cc575f5ffd5b6117d583611679565b915061172e60208401611679565b5f602082840312156117f3575f5ffd5b813567ffffffffffffffff811115611809575f5ffd5b82016101008185031215610770575f5ffd5b600181811c9082168061182f57607f821691505b60208210810361184d57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156104b3576104b3611853565b80820281158282048414176104b3576104b3611853565b5f826118ab57634e487b7160e01b5f52601260045260245ffd5b500490565b5f5f8335601e198436030181126118c5575f5ffd5b83018035915067ffffffffffffffff8211156118df575f5ffd5b6020019150368190038213156118f3575f5ffd5b9250929050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b601f82111561062857805f5260205f20601f840160051c810160208510156119475750805b601f840160051c820191505b8181101561112f575f8155600101611953565b815167ffffffffffffffff8111156119805761198061190e565b6119948161198e845461181b565b84611922565b6020601f8211600181146119c6575f83156119af5750848201515b5f19600385901b1c1916600184901b17845561112f565b5f84815260208120601f198516915b828110156119f557878501518255602094850194600190920191016119d5565b5084821015611a1257868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b818103818111156104b3576104b3611853565b634e487b7160e01b5f52603160045260245ffdfec1f6fe24621ce81ec5827caf0253cadb74709b061630e6b55e8237170593200052c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0002dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800";
