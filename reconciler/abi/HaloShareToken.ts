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
export const haloShareTokenBytecode: `0x${string}` = "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b611838806100d65f395ff3fe608060405234801561000f575f5ffd5b50600436106101c6575f3560e01c806370a08231116100fe578063b9e205ae1161009e578063dd62ed3e1161006e578063dd62ed3e146103f0578063dea142f814610403578063ed804f381461040c578063fd8eceb114610415575f5ffd5b8063b9e205ae146103ad578063cac0ee5d146103c0578063cad56151146103ca578063d547741f146103dd575f5ffd5b806395d89b41116100d957806395d89b4114610379578063a217fddf14610381578063a9059cbb14610388578063b4a1eee11461039b575f5ffd5b806370a08231146103295780637a234a6f1461035d57806391d1485414610366575f5ffd5b80632f2ff15d116101695780633ba0b9a9116101445780633ba0b9a9146102cf57806340c10f19146102d857806342966c68146102eb578063523fa677146102fe575f5ffd5b80632f2ff15d14610298578063313ce567146102ad57806336568abe146102bc575f5ffd5b806318160ddd116101a457806318160ddd1461021a5780631c0258061461024b57806323b872dd14610272578063248a9ca314610285575f5ffd5b806301ffc9a7146101ca57806306fdde03146101f2578063095ea7b314610207575b5f5ffd5b6101dd6101d8366004611320565b610428565b60405190151581526020015b60405180910390f35b6101fa61046d565b6040516101e9919061134e565b6101dd61021536600461139e565b61052d565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace02545b6040519081526020016101e9565b61023d7f3c81c3ff4cd75ed8ca5b0fe28ed5539650345ccf049a44b342b5c4beef34447f81565b6101dd6102803660046113c6565b610544565b61023d610293366004611400565b610567565b6102ab6102a6366004611417565b610587565b005b604051601281526020016101e9565b6102ab6102ca366004611417565b6105a9565b61023d60025481565b6102ab6102e636600461139e565b6105e1565b6102ab6102f9366004611400565b610620565b600154610311906001600160a01b031681565b6040516001600160a01b0390911681526020016101e9565b61023d610337366004611441565b6001600160a01b03165f9081525f5160206117f85f395f51905f52602052604090205490565b61023d60035481565b6101dd610374366004611417565b61065a565b6101fa610690565b61023d5f81565b6101dd61039636600461139e565b6106ce565b5f54610311906001600160a01b031681565b6102ab6103bb366004611400565b6106db565b61023d6201194081565b6102ab6103d8366004611400565b61081a565b6102ab6103eb366004611417565b61086f565b61023d6103fe36600461145a565b61088b565b61023d61271081565b61023d60045481565b6102ab610423366004611482565b6108d4565b5f6001600160e01b03198216633384327d60e21b148061045857506001600160e01b031982166336372b0760e01b145b80610467575061046782610d42565b92915050565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0380546060915f5160206117f85f395f51905f52916104ab906114ba565b80601f01602080910402602001604051908101604052809291908181526020018280546104d7906114ba565b80156105225780601f106104f957610100808354040283529160200191610522565b820191905f5260205f20905b81548152906001019060200180831161050557829003601f168201915b505050505091505090565b5f3361053a818585610d76565b5060019392505050565b5f33610551858285610d83565b61055c858585610de1565b506001949350505050565b5f9081525f5160206118185f395f51905f52602052604090206001015490565b61059082610567565b61059981610e3e565b6105a38383610e48565b50505050565b6001600160a01b03811633146105d25760405163334bd91960e11b815260040160405180910390fd5b6105dc8282610ee9565b505050565b5f546001600160a01b031633146106125760405163504573d160e01b81523360048201526024015b60405180910390fd5b61061c8282610f62565b5050565b6001546001600160a01b0316331461064d5760405163ef345e7360e01b8152336004820152602401610609565b6106573382610f96565b50565b5f9182525f5160206118185f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0480546060915f5160206117f85f395f51905f52916104ab906114ba565b5f3361053a818585610de1565b7f3c81c3ff4cd75ed8ca5b0fe28ed5539650345ccf049a44b342b5c4beef34447f61070581610e3e565b815f0361072557604051636f0607e160e01b815260040160405180910390fd5b600254808311156107d757600454801580159061074d575061074a6201194082611506565b42105b1561077b5761075f6201194082611506565b60405163071487b960e31b815260040161060991815260200190565b5f61271060035461271061078f9190611506565b6107999085611519565b6107a39190611530565b9050808511156107d057604051636ddfd36760e01b81526004810186905260248101829052604401610609565b5050426004555b600283905560408051828152602081018590527fc8d1043f24843c0a1c9251fdc30017d84e87498fbcf232af9f86816b5e182bde910160405180910390a1505050565b5f61082481610e3e565b61082d82610fca565b60035460408051918252602082018490527f96422d4d6dfc69dd142b182b41048e41e5729e1cbbedb4c4c9186f12b3ac14fd910160405180910390a150600355565b61087882610567565b61088181610e3e565b6105a38383610ee9565b6001600160a01b039182165f9081527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace016020908152604080832093909416825291909152205490565b5f6108dd610ff8565b805490915060ff600160401b820416159067ffffffffffffffff165f811580156109045750825b90505f8267ffffffffffffffff1660011480156109205750303b155b90508115801561092e575080155b1561094c5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561097657845460ff60401b1916600160401b1785555b5f6109876060880160408901611441565b6001600160a01b0316036109c65760405163167e311160e31b815260206004820152600560248201526430b236b4b760d91b6044820152606401610609565b5f6109d76080880160608901611441565b6001600160a01b031603610a175760405163167e311160e31b81526020600482015260066024820152653132b0b1b7b760d11b6044820152606401610609565b5f610a2860a0880160808901611441565b6001600160a01b031603610a705760405163167e311160e31b815260206004820152600e60248201526d737562736372696265517565756560901b6044820152606401610609565b5f610a8160c0880160a08901611441565b6001600160a01b031603610ac65760405163167e311160e31b815260206004820152600b60248201526a72656465656d517565756560a81b6044820152606401610609565b8560c001355f03610aea57604051636f0607e160e01b815260040160405180910390fd5b610af78660e00135610fca565b610b7e610b04878061154f565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250610b4592505050602089018961154f565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061102092505050565b610b86611032565b610b9f5f610b9a6060890160408a01611441565b610e48565b50610bd47f3c81c3ff4cd75ed8ca5b0fe28ed5539650345ccf049a44b342b5c4beef34447f610b9a6080890160608a01611441565b50610be560a0870160808801611441565b5f80546001600160a01b0319166001600160a01b0392909216919091179055610c1460c0870160a08801611441565b600180546001600160a01b0319166001600160a01b039290921691909117905560c086013560025560e08601356003556040517f5d2eaf9141a07087e9558c448b0eae1350c2d771494c7cd7173d6c5418aea8d890610c74908890611603565b60405180910390a1604080515f815260c088013560208201527fc8d1043f24843c0a1c9251fdc30017d84e87498fbcf232af9f86816b5e182bde910160405180910390a1604080515f815260e088013560208201527f96422d4d6dfc69dd142b182b41048e41e5729e1cbbedb4c4c9186f12b3ac14fd910160405180910390a18315610d3a57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b5f6001600160e01b03198216637965db0b60e01b148061046757506301ffc9a760e01b6001600160e01b0319831614610467565b6105dc838383600161103c565b5f610d8e848461088b565b90505f198110156105a35781811015610dd357604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610609565b6105a384848484035f61103c565b6001600160a01b038316610e0a57604051634b637e8f60e11b81525f6004820152602401610609565b6001600160a01b038216610e335760405163ec442f0560e01b81525f6004820152602401610609565b6105dc838383611120565b6106578133611259565b5f5f5160206118185f395f51905f52610e61848461065a565b610ee0575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055610e963390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610467565b5f915050610467565b5f5f5160206118185f395f51905f52610f02848461065a565b15610ee0575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a46001915050610467565b6001600160a01b038216610f8b5760405163ec442f0560e01b81525f6004820152602401610609565b61061c5f8383611120565b6001600160a01b038216610fbf57604051634b637e8f60e11b81525f6004820152602401610609565b61061c825f83611120565b61271081111561065757604051633158e90f60e01b8152600481018290526127106024820152604401610609565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610467565b611028611292565b61061c82826112b7565b61103a611292565b565b5f5160206117f85f395f51905f526001600160a01b0385166110735760405163e602df0560e01b81525f6004820152602401610609565b6001600160a01b03841661109c57604051634a1406b160e11b81525f6004820152602401610609565b6001600160a01b038086165f9081526001830160209081526040808320938816835292905220839055811561111957836001600160a01b0316856001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258560405161111091815260200190565b60405180910390a35b5050505050565b5f5160206117f85f395f51905f526001600160a01b03841661115a5781816002015f82825461114f9190611506565b909155506111ca9050565b6001600160a01b0384165f90815260208290526040902054828110156111ac5760405163391434e360e21b81526001600160a01b03861660048201526024810182905260448101849052606401610609565b6001600160a01b0385165f9081526020839052604090209083900390555b6001600160a01b0383166111e8576002810180548390039055611206565b6001600160a01b0383165f9081526020829052604090208054830190555b826001600160a01b0316846001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8460405161124b91815260200190565b60405180910390a350505050565b611263828261065a565b61061c5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610609565b61129a611307565b61103a57604051631afcd79f60e31b815260040160405180910390fd5b6112bf611292565b5f5160206117f85f395f51905f527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace036112f8848261173c565b50600481016105a3838261173c565b5f611310610ff8565b54600160401b900460ff16919050565b5f60208284031215611330575f5ffd5b81356001600160e01b031981168114611347575f5ffd5b9392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b0381168114611399575f5ffd5b919050565b5f5f604083850312156113af575f5ffd5b6113b883611383565b946020939093013593505050565b5f5f5f606084860312156113d8575f5ffd5b6113e184611383565b92506113ef60208501611383565b929592945050506040919091013590565b5f60208284031215611410575f5ffd5b5035919050565b5f5f60408385031215611428575f5ffd5b8235915061143860208401611383565b90509250929050565b5f60208284031215611451575f5ffd5b61134782611383565b5f5f6040838503121561146b575f5ffd5b61147483611383565b915061143860208401611383565b5f60208284031215611492575f5ffd5b813567ffffffffffffffff8111156114a8575f5ffd5b82016101008185031215611347575f5ffd5b600181811c908216806114ce57607f821691505b6020821081036114ec57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610467576104676114f2565b8082028115828204841417610467576104676114f2565b5f8261154a57634e487b7160e01b5f52601260045260245ffd5b500490565b5f5f8335601e19843603018112611564575f5ffd5b83018035915067ffffffffffffffff82111561157e575f5ffd5b602001915036819003821315611592575f5ffd5b9250929050565b5f5f8335601e198436030181126115ae575f5ffd5b830160208101925035905067ffffffffffffffff8111156115cd575f5ffd5b803603821315611592575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b602081525f6116128384611599565b6101006020850152611629610120850182846115db565b9150506116396020850185611599565b848303601f190160408601526116508382846115db565b92506001600160a01b03915061166a905060408601611383565b16606084015261167c60608501611383565b6001600160a01b03811660808501525061169860808501611383565b6001600160a01b03811660a0850152506116b460a08501611383565b6001600160a01b03811660c08501525060c084013560e08481019190915290930135610100909201919091525090565b634e487b7160e01b5f52604160045260245ffd5b601f8211156105dc57805f5260205f20601f840160051c8101602085101561171d5750805b601f840160051c820191505b81811015611119575f8155600101611729565b815167ffffffffffffffff811115611756576117566116e4565b61176a8161176484546114ba565b846116f8565b6020601f82116001811461179c575f83156117855750848201515b5f19600385901b1c1916600184901b178455611119565b5f84815260208120601f198516915b828110156117cb57878501518255602094850194600190920191016117ab565b50848210156117e857868401515f19600387901b60f8161c191681555b50505050600190811b0190555056fe52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0002dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800";
