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
export const haloShareTokenBytecode: `0x${string}` = "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b611c6b806100d65f395ff3fe608060405234801561000f575f5ffd5b50600436106101e7575f3560e01c80639010d07c11610109578063ca15c8731161009e578063dd62ed3e1161006e578063dd62ed3e14610457578063dea142f81461046a578063ed804f3814610473578063fd8eceb11461047c575f5ffd5b8063ca15c87314610414578063cac0ee5d14610427578063cad5615114610431578063d547741f14610444575f5ffd5b8063a3246ad3116100d9578063a3246ad3146103bc578063a9059cbb146103dc578063b4a1eee1146103ef578063b9e205ae14610401575f5ffd5b80639010d07c1461038757806391d148541461039a57806395d89b41146103ad578063a217fddf146103b5575f5ffd5b8063313ce5671161017f57806342966c681161014f57806342966c681461030c578063523fa6771461031f57806370a082311461034a5780637a234a6f1461037e575f5ffd5b8063313ce567146102ce57806336568abe146102dd5780633ba0b9a9146102f057806340c10f19146102f9575f5ffd5b80631c025806116101ba5780631c0258061461026c57806323b872dd14610293578063248a9ca3146102a65780632f2ff15d146102b9575f5ffd5b806301ffc9a7146101eb57806306fdde0314610213578063095ea7b31461022857806318160ddd1461023b575b5f5ffd5b6101fe6101f9366004611694565b61048f565b60405190151581526020015b60405180910390f35b61021b6104d4565b60405161020a91906116bb565b6101fe61023636600461170b565b610594565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace02545b60405190815260200161020a565b61025e7f3c81c3ff4cd75ed8ca5b0fe28ed5539650345ccf049a44b342b5c4beef34447f81565b6101fe6102a1366004611733565b6105ab565b61025e6102b436600461176d565b6105ce565b6102cc6102c7366004611784565b6105ee565b005b6040516012815260200161020a565b6102cc6102eb366004611784565b610610565b61025e60025481565b6102cc61030736600461170b565b610648565b6102cc61031a36600461176d565b610687565b600154610332906001600160a01b031681565b6040516001600160a01b03909116815260200161020a565b61025e6103583660046117ae565b6001600160a01b03165f9081525f516020611c2b5f395f51905f52602052604090205490565b61025e60035481565b6103326103953660046117c7565b6106c1565b6101fe6103a8366004611784565b6106ee565b61021b610724565b61025e5f81565b6103cf6103ca36600461176d565b610762565b60405161020a91906117e7565b6101fe6103ea36600461170b565b610792565b5f54610332906001600160a01b031681565b6102cc61040f36600461176d565b61079f565b61025e61042236600461176d565b6108de565b61025e6201194081565b6102cc61043f36600461176d565b610902565b6102cc610452366004611784565b610957565b61025e610465366004611832565b610973565b61025e61271081565b61025e60045481565b6102cc61048a36600461185a565b6109bc565b5f6001600160e01b03198216633384327d60e21b14806104bf57506001600160e01b031982166336372b0760e01b145b806104ce57506104ce82610e2a565b92915050565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0380546060915f516020611c2b5f395f51905f529161051290611892565b80601f016020809104026020016040519081016040528092919081815260200182805461053e90611892565b80156105895780601f1061056057610100808354040283529160200191610589565b820191905f5260205f20905b81548152906001019060200180831161056c57829003601f168201915b505050505091505090565b5f336105a1818585610e4e565b5060019392505050565b5f336105b8858285610e5b565b6105c3858585610eb9565b506001949350505050565b5f9081525f516020611c4b5f395f51905f52602052604090206001015490565b6105f7826105ce565b61060081610f16565b61060a8383610f20565b50505050565b6001600160a01b03811633146106395760405163334bd91960e11b815260040160405180910390fd5b6106438282610f62565b505050565b5f546001600160a01b031633146106795760405163504573d160e01b81523360048201526024015b60405180910390fd5b6106838282610f9b565b5050565b6001546001600160a01b031633146106b45760405163ef345e7360e01b8152336004820152602401610670565b6106be3382610fcf565b50565b5f8281525f516020611c0b5f395f51905f526020819052604082206106e69084611003565b949350505050565b5f9182525f516020611c4b5f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0480546060915f516020611c2b5f395f51905f529161051290611892565b5f8181525f516020611c0b5f395f51905f52602081905260409091206060919061078b9061100e565b9392505050565b5f336105a1818585610eb9565b7f3c81c3ff4cd75ed8ca5b0fe28ed5539650345ccf049a44b342b5c4beef34447f6107c981610f16565b815f036107e957604051636f0607e160e01b815260040160405180910390fd5b6002548083111561089b576004548015801590610811575061080e62011940826118de565b42105b1561083f5761082362011940826118de565b60405163071487b960e31b815260040161067091815260200190565b5f61271060035461271061085391906118de565b61085d90856118f1565b6108679190611908565b90508085111561089457604051636ddfd36760e01b81526004810186905260248101829052604401610670565b5050426004555b600283905560408051828152602081018590527fc8d1043f24843c0a1c9251fdc30017d84e87498fbcf232af9f86816b5e182bde910160405180910390a1505050565b5f8181525f516020611c0b5f395f51905f5260208190526040822061078b9061101a565b5f61090c81610f16565b61091582611023565b60035460408051918252602082018490527f96422d4d6dfc69dd142b182b41048e41e5729e1cbbedb4c4c9186f12b3ac14fd910160405180910390a150600355565b610960826105ce565b61096981610f16565b61060a8383610f62565b6001600160a01b039182165f9081527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace016020908152604080832093909416825291909152205490565b5f6109c5611051565b805490915060ff600160401b820416159067ffffffffffffffff165f811580156109ec5750825b90505f8267ffffffffffffffff166001148015610a085750303b155b905081158015610a16575080155b15610a345760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315610a5e57845460ff60401b1916600160401b1785555b5f610a6f60608801604089016117ae565b6001600160a01b031603610aae5760405163167e311160e31b815260206004820152600560248201526430b236b4b760d91b6044820152606401610670565b5f610abf60808801606089016117ae565b6001600160a01b031603610aff5760405163167e311160e31b81526020600482015260066024820152653132b0b1b7b760d11b6044820152606401610670565b5f610b1060a08801608089016117ae565b6001600160a01b031603610b585760405163167e311160e31b815260206004820152600e60248201526d737562736372696265517565756560901b6044820152606401610670565b5f610b6960c0880160a089016117ae565b6001600160a01b031603610bae5760405163167e311160e31b815260206004820152600b60248201526a72656465656d517565756560a81b6044820152606401610670565b8560c001355f03610bd257604051636f0607e160e01b815260040160405180910390fd5b610bdf8660e00135611023565b610c66610bec8780611927565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250610c2d925050506020890189611927565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061107992505050565b610c6e61108b565b610c875f610c826060890160408a016117ae565b610f20565b50610cbc7f3c81c3ff4cd75ed8ca5b0fe28ed5539650345ccf049a44b342b5c4beef34447f610c826080890160608a016117ae565b50610ccd60a08701608088016117ae565b5f80546001600160a01b0319166001600160a01b0392909216919091179055610cfc60c0870160a088016117ae565b600180546001600160a01b0319166001600160a01b039290921691909117905560c086013560025560e08601356003556040517f5d2eaf9141a07087e9558c448b0eae1350c2d771494c7cd7173d6c5418aea8d890610d5c9088906119db565b60405180910390a1604080515f815260c088013560208201527fc8d1043f24843c0a1c9251fdc30017d84e87498fbcf232af9f86816b5e182bde910160405180910390a1604080515f815260e088013560208201527f96422d4d6dfc69dd142b182b41048e41e5729e1cbbedb4c4c9186f12b3ac14fd910160405180910390a18315610e2257845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b5f6001600160e01b03198216635a05180f60e01b14806104ce57506104ce82611095565b61064383838360016110c9565b5f610e668484610973565b90505f1981101561060a5781811015610eab57604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610670565b61060a84848484035f6110c9565b6001600160a01b038316610ee257604051634b637e8f60e11b81525f6004820152602401610670565b6001600160a01b038216610f0b5760405163ec442f0560e01b81525f6004820152602401610670565b6106438383836111ad565b6106be81336112e6565b5f5f516020611c0b5f395f51905f5281610f3a858561131f565b905080156106e6575f858152602083905260409020610f5990856113c0565b50949350505050565b5f5f516020611c0b5f395f51905f5281610f7c85856113d4565b905080156106e6575f858152602083905260409020610f59908561144d565b6001600160a01b038216610fc45760405163ec442f0560e01b81525f6004820152602401610670565b6106835f83836111ad565b6001600160a01b038216610ff857604051634b637e8f60e11b81525f6004820152602401610670565b610683825f836111ad565b5f61078b8383611461565b60605f61078b83611487565b5f6104ce825490565b6127108111156106be57604051633158e90f60e01b8152600481018290526127106024820152604401610670565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a006104ce565b6110816114e0565b6106838282611505565b6110936114e0565b565b5f6001600160e01b03198216637965db0b60e01b14806104ce57506301ffc9a760e01b6001600160e01b03198316146104ce565b5f516020611c2b5f395f51905f526001600160a01b0385166111005760405163e602df0560e01b81525f6004820152602401610670565b6001600160a01b03841661112957604051634a1406b160e11b81525f6004820152602401610670565b6001600160a01b038086165f908152600183016020908152604080832093881683529290522083905581156111a657836001600160a01b0316856001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258560405161119d91815260200190565b60405180910390a35b5050505050565b5f516020611c2b5f395f51905f526001600160a01b0384166111e75781816002015f8282546111dc91906118de565b909155506112579050565b6001600160a01b0384165f90815260208290526040902054828110156112395760405163391434e360e21b81526001600160a01b03861660048201526024810182905260448101849052606401610670565b6001600160a01b0385165f9081526020839052604090209083900390555b6001600160a01b038316611275576002810180548390039055611293565b6001600160a01b0383165f9081526020829052604090208054830190555b826001600160a01b0316846001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef846040516112d891815260200190565b60405180910390a350505050565b6112f082826106ee565b6106835760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610670565b5f5f516020611c4b5f395f51905f5261133884846106ee565b6113b7575f848152602082815260408083206001600160a01b03871684529091529020805460ff1916600117905561136d3390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a460019150506104ce565b5f9150506104ce565b5f61078b836001600160a01b038416611555565b5f5f516020611c4b5f395f51905f526113ed84846106ee565b156113b7575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a460019150506104ce565b5f61078b836001600160a01b0384166115a1565b5f825f01828154811061147657611476611abc565b905f5260205f200154905092915050565b6060815f018054806020026020016040519081016040528092919081815260200182805480156114d457602002820191905f5260205f20905b8154815260200190600101908083116114c0575b50505050509050919050565b6114e861167b565b61109357604051631afcd79f60e31b815260040160405180910390fd5b61150d6114e0565b5f516020611c2b5f395f51905f527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace036115468482611b28565b506004810161060a8382611b28565b5f81815260018301602052604081205461159a57508154600181810184555f8481526020808220909301849055845484825282860190935260409020919091556104ce565b505f6104ce565b5f81815260018301602052604081205480156113b7575f6115c3600183611be3565b85549091505f906115d690600190611be3565b9050808214611635575f865f0182815481106115f4576115f4611abc565b905f5260205f200154905080875f01848154811061161457611614611abc565b5f918252602080832090910192909255918252600188019052604090208390555b855486908061164657611646611bf6565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f9055600193505050506104ce565b5f611684611051565b54600160401b900460ff16919050565b5f602082840312156116a4575f5ffd5b81356001600160e01b03198116811461078b575f5ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b0381168114611706575f5ffd5b919050565b5f5f6040838503121561171c575f5ffd5b611725836116f0565b946020939093013593505050565b5f5f5f60608486031215611745575f5ffd5b61174e846116f0565b925061175c602085016116f0565b929592945050506040919091013590565b5f6020828403121561177d575f5ffd5b5035919050565b5f5f60408385031215611795575f5ffd5b823591506117a5602084016116f0565b90509250929050565b5f602082840312156117be575f5ffd5b61078b826116f0565b5f5f604083850312156117d8575f5ffd5b50508035926020909101359150565b602080825282518282018190525f918401906040840190835b818110156118275783516001600160a01b0316835260209384019390920191600101611800565b509095945050505050565b5f5f60408385031215611843575f5ffd5b61184c836116f0565b91506117a5602084016116f0565b5f6020828403121561186a575f5ffd5b813567ffffffffffffffff811115611880575f5ffd5b8201610100818503121561078b575f5ffd5b600181811c908216806118a657607f821691505b6020821081036118c457634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156104ce576104ce6118ca565b80820281158282048414176104ce576104ce6118ca565b5f8261192257634e487b7160e01b5f52601260045260245ffd5b500490565b5f5f8335601e1984360301811261193c575f5ffd5b83018035915067ffffffffffffffff821115611956575f5ffd5b60200191503681900382131561196a575f5ffd5b9250929050565b5f5f8335601e19843603018112611986575f5ffd5b830160208101925035905067ffffffffffffffff8111156119a5575f5ffd5b80360382131561196a575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b602081525f6119ea8384611971565b6101006020850152611a01610120850182846119b3565b915050611a116020850185611971565b848303601f19016040860152611a288382846119b3565b92506001600160a01b039150611a429050604086016116f0565b166060840152611a54606085016116f0565b6001600160a01b038116608085015250611a70608085016116f0565b6001600160a01b03811660a085015250611a8c60a085016116f0565b6001600160a01b03811660c08501525060c084013560e08481019190915290930135610100909201919091525090565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b601f82111561064357805f5260205f20601f840160051c81016020851015611b095750805b601f840160051c820191505b818110156111a6575f8155600101611b15565b815167ffffffffffffffff811115611b4257611b42611ad0565b611b5681611b508454611892565b84611ae4565b6020601f821160018114611b88575f8315611b715750848201515b5f19600385901b1c1916600184901b1784556111a6565b5f84815260208120601f198516915b82811015611bb75787850151825560209485019460019092019101611b97565b5084821015611bd457868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b818103818111156104ce576104ce6118ca565b634e487b7160e01b5f52603160045260245ffdfec1f6fe24621ce81ec5827caf0253cadb74709b061630e6b55e8237170593200052c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0002dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800";
