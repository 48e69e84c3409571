// generated — do not edit. Regenerate with `tsx reconciler/scripts/gen-abi.ts` after `forge build`.
// BEAMState from contracts/src/configurator/BEAMState.sol.

export const beamStateAbi = [
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "admin",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "abeams",
        "type": "address[]",
        "internalType": "address[]"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "ABEAM",
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
    "name": "DEFAULT_HOP",
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
    "name": "DEFAULT_MAX_CHANGE_BPS",
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
    "name": "FACTORY",
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
    "name": "addFactoryInits",
    "inputs": [
      {
        "name": "pau",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "inits",
        "type": "tuple[]",
        "internalType": "struct IBEAMState.InitRateLimit[]",
        "components": [
          {
            "name": "key",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "maxAmount",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "slope",
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
    "name": "addGovOps",
    "inputs": [
      {
        "name": "pau",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "govOps",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "addInitControllerAction",
    "inputs": [
      {
        "name": "actionHash",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "pau",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "addInitRateLimit",
    "inputs": [
      {
        "name": "key",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "pau",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "maxAmount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "slope",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "getGovOps",
    "inputs": [
      {
        "name": "pau",
        "type": "address",
        "internalType": "address"
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
    "name": "getInitKeys",
    "inputs": [
      {
        "name": "pau",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32[]",
        "internalType": "bytes32[]"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getInitRateLimit",
    "inputs": [
      {
        "name": "key",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "pau",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "exists",
        "type": "bool",
        "internalType": "bool"
      },
      {
        "name": "maxAmount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "slope",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getPau",
    "inputs": [
      {
        "name": "pau",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IBEAMState.PauContracts",
        "components": [
          {
            "name": "controller",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "rateLimits",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "registered",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "viaFactory",
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
    "name": "getPaus",
    "inputs": [],
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
    "name": "hop",
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
    "name": "isGovOps",
    "inputs": [
      {
        "name": "pau",
        "type": "address",
        "internalType": "address"
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
    "name": "isInitControllerAction",
    "inputs": [
      {
        "name": "actionHash",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "pau",
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
    "name": "maxChangeBps",
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
    "name": "registerFactoryPau",
    "inputs": [
      {
        "name": "pau",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "controller",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "rateLimits",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "inits",
        "type": "tuple[]",
        "internalType": "struct IBEAMState.InitRateLimit[]",
        "components": [
          {
            "name": "key",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "maxAmount",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "slope",
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
    "name": "removeFactory",
    "inputs": [
      {
        "name": "factory",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "removeGovOps",
    "inputs": [
      {
        "name": "pau",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "govOps",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "removeInitControllerAction",
    "inputs": [
      {
        "name": "actionHash",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "pau",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "removeInitRateLimit",
    "inputs": [
      {
        "name": "key",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "pau",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "removePau",
    "inputs": [
      {
        "name": "pau",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
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
    "name": "setPauContracts",
    "inputs": [
      {
        "name": "pau",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "controller",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "rateLimits",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setSorlParams",
    "inputs": [
      {
        "name": "hop_",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "maxChangeBps_",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
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
    "name": "wasEverRegistered",
    "inputs": [
      {
        "name": "pau",
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
    "type": "event",
    "name": "GovOpsAdded",
    "inputs": [
      {
        "name": "pau",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "govOps",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "GovOpsRemoved",
    "inputs": [
      {
        "name": "pau",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "govOps",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "InitControllerActionAdded",
    "inputs": [
      {
        "name": "actionHash",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "pau",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "InitControllerActionRemoved",
    "inputs": [
      {
        "name": "actionHash",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "pau",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "InitRateLimitAdded",
    "inputs": [
      {
        "name": "key",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "pau",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "maxAmount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "slope",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "InitRateLimitRemoved",
    "inputs": [
      {
        "name": "key",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "pau",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "PauRemoved",
    "inputs": [
      {
        "name": "pau",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "PauSet",
    "inputs": [
      {
        "name": "pau",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "controller",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "rateLimits",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "viaFactory",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
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
    "name": "SorlParamsSet",
    "inputs": [
      {
        "name": "hop",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "maxChangeBps",
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
    "name": "BEAMState_ActionAlreadyEnabled",
    "inputs": [
      {
        "name": "actionHash",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "pau",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "BEAMState_ActionNotEnabled",
    "inputs": [
      {
        "name": "actionHash",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "pau",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "BEAMState_FactoryNotFound",
    "inputs": [
      {
        "name": "factory",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "BEAMState_GovOpsAlreadyAdded",
    "inputs": [
      {
        "name": "pau",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "govOps",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "BEAMState_GovOpsNotFound",
    "inputs": [
      {
        "name": "pau",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "govOps",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "BEAMState_InitAlreadyExists",
    "inputs": [
      {
        "name": "key",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "pau",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "BEAMState_InitNotFound",
    "inputs": [
      {
        "name": "key",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "pau",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "BEAMState_InvalidSorlParams",
    "inputs": [
      {
        "name": "hop",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "maxChangeBps",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "BEAMState_PauAlreadyRegistered",
    "inputs": [
      {
        "name": "pau",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "BEAMState_PauNotFactoryRegistered",
    "inputs": [
      {
        "name": "pau",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "BEAMState_PauNotRegistered",
    "inputs": [
      {
        "name": "pau",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "BEAMState_ZeroAddress",
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
    "name": "BEAMState_ZeroInit",
    "inputs": [
      {
        "name": "key",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "BEAMState_ZeroKey",
    "inputs": []
  }
] as const;

/** Creation bytecode. */
export const beamStateBytecode: `0x${string}` = "0x608060405234801561000f575f5ffd5b50604051611eab380380611eab83398101604081905261002e91610339565b6001600160a01b038216610072576040516302ba403360e21b815260206004820152600560248201526430b236b4b760d91b60448201526064015b60405180910390fd5b61007c5f83610153565b505f5b815181101561013d575f6001600160a01b03168282815181106100a4576100a4610417565b60200260200101516001600160a01b0316036100eb576040516302ba403360e21b8152602060048201526005602482015264616265616d60d81b6044820152606401610069565b6101347f87b616b8f454a668f57f7f7b886ca17cd00a4c0986b659e8d329b1953316152883838151811061012157610121610417565b602002602001015161015360201b60201c565b5060010161007f565b5061014c61fd206109c4610189565b505061042b565b5f8061015f848461020f565b90508015610180575f84815260016020526040902061017e90846102b6565b505b90505b92915050565b811580610194575080155b806101a0575061271081115b156101c8576040516341fb45d160e11b81526004810183905260248101829052604401610069565b6002829055600381905560408051838152602081018390527fb4aa015c57b2f2e63dc0dd80c1d84db032e49a8a72e9b902b28eb95c1a3b4343910160405180910390a15050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166102af575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102673390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610183565b505f610183565b5f610180836001600160a01b0384165f8181526001830160205260408120546102af57508154600181810184555f848152602080822090930184905584548482528286019093526040902091909155610183565b80516001600160a01b0381168114610320575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f6040838503121561034a575f5ffd5b6103538361030a565b60208401519092506001600160401b0381111561036e575f5ffd5b8301601f8101851361037e575f5ffd5b80516001600160401b0381111561039757610397610325565b604051600582901b90603f8201601f191681016001600160401b03811182821017156103c5576103c5610325565b6040529182526020818401810192908101888411156103e2575f5ffd5b6020850194505b83851015610408576103fa8561030a565b8152602094850194016103e9565b50809450505050509250929050565b634e487b7160e01b5f52603260045260245ffd5b611a73806104385f395ff3fe608060405234801561000f575f5ffd5b5060043610610213575f3560e01c80639010d07c1161011f578063b6172e20116100a9578063d0cd367911610079578063d0cd36791461057c578063d547741f1461058f578063d6de5bba146105a2578063dbf00e7b146105da578063eea3b905146105ed575f5ffd5b8063b6172e2014610517578063c2eaf9021461052a578063ca15c8731461053e578063cbd7c5c714610551575f5ffd5b80639bdfbdab116100ef5780639bdfbdab146104d8578063a217fddf146104eb578063a3246ad3146104f2578063a686c11b14610505578063b0b8579b1461050e575f5ffd5b80639010d07c1461047457806391d0f7fd1461049f57806391d14854146104b257806393229842146104c5575f5ffd5b80632f2ff15d116101a057806349b8cbac1161017057806349b8cbac1461041f5780634a60d4c9146104325780634b37c73f146104455780634d6f61991461045857806378d57c9b14610461575f5ffd5b80632f2ff15d146103d35780632f60d1b1146103e657806336568abe146103f95780633ed5de481461040c575f5ffd5b806313ec8163116101e657806313ec8163146102a45780631688e5b9146102b95780632127cf9c146102d0578063248a9ca31461039d5780632dd31000146103bf575f5ffd5b806301ffc9a71461021757806304caae2f1461023f5780630a713939146102545780630db8613114610284575b5f5ffd5b61022a610225366004611705565b610600565b60405190151581526020015b60405180910390f35b61024761062a565b604051610236919061172c565b610267610262366004611792565b61063b565b604080519315158452602084019290925290820152606001610236565b6102976102923660046117bc565b6106a4565b60405161023691906117d5565b6102b76102b2366004611854565b6106c7565b005b6102c260035481565b604051908152602001610236565b6103586102de3660046117bc565b60408051608080820183525f808352602080840182905283850182905260609384018290526001600160a01b039586168252600481529084902084519283018552805486168352600101549485169082015260ff600160a01b85048116151593820193909352600160a81b90930490911615159082015290565b604051610236919081516001600160a01b0390811682526020808401519091169082015260408083015115159082015260609182015115159181019190915260800190565b6102c26103ab3660046118a3565b5f9081526020819052604090206001015490565b6102c25f516020611a335f395f51905f5281565b6102b76103e1366004611792565b61077a565b6102476103f43660046117bc565b6107a4565b6102b7610407366004611792565b6107c7565b61022a61041a3660046118ba565b6107ff565b6102b761042d3660046118e2565b610827565b6102b761044036600461191a565b61083d565b6102b76104533660046117bc565b610883565b6102c261fd2081565b6102b761046f3660046117bc565b6108dd565b61048761048236600461195a565b6109ba565b6040516001600160a01b039091168152602001610236565b6102b76104ad366004611792565b6109d1565b61022a6104c0366004611792565b610a8b565b6102b76104d336600461195a565b610ab3565b6102b76104e63660046118ba565b610ac7565b6102c25f81565b6102476105003660046118a3565b610b74565b6102c26109c481565b6102c260025481565b6102b76105253660046118ba565b610b8d565b6102c25f516020611a535f395f51905f5281565b6102c261054c3660046118a3565b610caa565b61022a61055f3660046117bc565b6001600160a01b03165f9081526007602052604090205460ff1690565b6102b761058a366004611792565b610cc0565b6102b761059d366004611792565b610d82565b61022a6105b0366004611792565b5f918252600a602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6102b76105e836600461197a565b610da6565b6102b76105fb366004611792565b610e2c565b5f6001600160e01b03198216635a05180f60e01b1480610624575061062482610f1c565b92915050565b60606106366005610f50565b905090565b5f8281526008602090815260408083206001600160a01b0385168452909152812060028101548291829160ff1661068657505f85815260086020908152604080832083805290915290205b6002810154815460019092015460ff90911697919650945092505050565b6001600160a01b0381165f90815260096020526040902060609061062490610f50565b5f516020611a335f395f51905f526106de81610f5c565b6001600160a01b0384165f9081526004602052604090206001810154600160a01b900460ff1661073157604051633d037e1560e11b81526001600160a01b03861660048201526024015b60405180910390fd5b6001810154600160a81b900460ff16610768576040516324dd47f160e11b81526001600160a01b0386166004820152602401610728565b610773858585610f69565b5050505050565b5f8281526020819052604090206001015461079481610f5c565b61079e8383610fd7565b50505050565b6001600160a01b0381165f908152600b6020526040902060609061062490610f50565b6001600160a01b03811633146107f05760405163334bd91960e11b815260040160405180910390fd5b6107fa828261100a565b505050565b6001600160a01b0382165f908152600b602052604081206108209083611035565b9392505050565b5f61083181610f5c565b61077385858585611056565b5f61084781610f5c565b610852848484611179565b6001600160a01b0384165f90815260046020526040902060010154600160a81b900460ff166107738585858461123e565b5f516020611a535f395f51905f5261089a81610f5c565b6108b15f516020611a335f395f51905f528361100a565b6108d95760405163155c330760e11b81526001600160a01b0383166004820152602401610728565b5050565b5f516020611a535f395f51905f526108f481610f5c565b6001600160a01b0382165f90815260046020526040902060010154600160a01b900460ff1661094157604051633d037e1560e11b81526001600160a01b0383166004820152602401610728565b6001600160a01b0382165f90815260046020526040902080546001600160a01b031916815560010180546001600160b01b0319169055610982600583611355565b506040516001600160a01b038316907f4c87426cc6853fb24f4dc2646dbd54477ac25a5b077bffaa4caab46891c43d1e905f90a25050565b5f8281526001602052604081206108209083611369565b5f6109db81610f5c565b5f838152600a602090815260408083206001600160a01b038616845290915290205460ff1615610a305760405163936fecb160e01b8152600481018490526001600160a01b0383166024820152604401610728565b5f838152600a602090815260408083206001600160a01b0386168085529252808320805460ff1916600117905551909185917f443aac2a15d5e62d43e509acdfd344a7095a0cf67701c0f2d7d429c9d2095f7e9190a3505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f610abd81610f5c565b6107fa8383611374565b5f516020611a535f395f51905f52610ade81610f5c565b6001600160a01b0383165f908152600b60205260409020610aff9083611355565b610b2f57604051635de3670b60e11b81526001600160a01b03808516600483015283166024820152604401610728565b816001600160a01b0316836001600160a01b03167fdab40edfcfd4dcafd5df2a4225d9de54e7e986c418cc6a48cd5abd2d83738ce660405160405180910390a3505050565b5f81815260016020526040902060609061062490610f50565b5f610b9781610f5c565b6001600160a01b038316610bd4576040516302ba403360e21b815260206004820152600360248201526270617560e81b6044820152606401610728565b6001600160a01b038216610c14576040516302ba403360e21b8152602060048201526006602482015265676f764f707360d01b6044820152606401610728565b6001600160a01b0383165f908152600b60205260409020610c3590836113fa565b610c6557604051634dca946360e01b81526001600160a01b03808516600483015283166024820152604401610728565b816001600160a01b0316836001600160a01b03167f5e6c32f436deb014bea07d57f459a48b27331c4610bfb94c5fa6def2010b32cb60405160405180910390a3505050565b5f8181526001602052604081206106249061140e565b5f516020611a535f395f51905f52610cd781610f5c565b5f838152600a602090815260408083206001600160a01b038616845290915290205460ff16610d2a5760405162c913db60e81b8152600481018490526001600160a01b0383166024820152604401610728565b5f838152600a602090815260408083206001600160a01b0386168085529252808320805460ff1916905551909185917f7126cda83d82430472fc833833bf3f5d658767e4dd50156d25cdbdacfc0988b69190a3505050565b5f82815260208190526040902060010154610d9c81610f5c565b61079e838361100a565b5f516020611a335f395f51905f52610dbd81610f5c565b610dc8868686611179565b6001600160a01b0386165f9081526007602052604090205460ff1615610e0c5760405163e0713c6f60e01b81526001600160a01b0387166004820152602401610728565b610e19868686600161123e565b610e24868484610f69565b505050505050565b5f516020611a535f395f51905f52610e4381610f5c565b5f8381526008602090815260408083206001600160a01b038616845290915290206002015460ff16610e9a5760405163356a42fd60e21b8152600481018490526001600160a01b0383166024820152604401610728565b5f8381526008602090815260408083206001600160a01b0386168452825280832083815560018101849055600201805460ff1916905560099091529020610ee19084611417565b506040516001600160a01b0383169084907f27bc03e48e9f4bb4beb18943385b1c4394c5a2d10bced588bfd836abbbd765a6905f90a3505050565b5f6001600160e01b03198216637965db0b60e01b148061062457506301ffc9a760e01b6001600160e01b0319831614610624565b60605f61082083611422565b610f66813361147b565b50565b5f5b8181101561079e57610fcf838383818110610f8857610f886119eb565b9050606002015f013585858585818110610fa457610fa46119eb565b90506060020160200135868686818110610fc057610fc06119eb565b90506060020160400135611056565b600101610f6b565b5f5f610fe384846114b4565b90508015610820575f84815260016020526040902061100290846113fa565b509392505050565b5f5f6110168484611543565b90508015610820575f8481526001602052604090206110029084611355565b6001600160a01b0381165f9081526001830160205260408120541515610820565b8361107457604051639ff8436960e01b815260040160405180910390fd5b815f03611097576040516315d683b760e21b815260048101859052602401610728565b5f8481526008602090815260408083206001600160a01b03871684529091529020600281015460ff16156110f057604051633af380c560e21b8152600481018690526001600160a01b0385166024820152604401610728565b828155600180820183905560028201805460ff191690911790556001600160a01b0384165f90815260096020526040902061112b90866115ac565b5060408051848152602081018490526001600160a01b0386169187917fc60ca9042ffee7e221f2ecdecad539fd81baa2753fb05c2b7d8fc9b8d22b8d75910160405180910390a35050505050565b6001600160a01b0383166111b6576040516302ba403360e21b815260206004820152600360248201526270617560e81b6044820152606401610728565b6001600160a01b0382166111fa576040516302ba403360e21b815260206004820152600a60248201526931b7b73a3937b63632b960b11b6044820152606401610728565b6001600160a01b0381166107fa576040516302ba403360e21b815260206004820152600a602482015269726174654c696d69747360b01b6044820152606401610728565b604080516080810182526001600160a01b03858116825284811660208084019182526001848601818152871515606087019081528b86165f908152600490945296909220945185546001600160a01b031916908516178555915193909101805491519451939092166001600160a81b031990911617600160a01b931515939093029290921760ff60a81b1916600160a81b911515919091021790556112e46005856113fa565b506001600160a01b038481165f81815260076020908152604091829020805460ff19166001179055815187851681529386169084015283151590830152907fdb9609d1cc7dc61591e7e93c2e1edcc25537fd9b09ef1b25d601657780253d929060600160405180910390a250505050565b5f610820836001600160a01b0384166115b7565b5f610820838361169a565b81158061137f575080155b8061138b575061271081115b156113b3576040516341fb45d160e11b81526004810183905260248101829052604401610728565b6002829055600381905560408051838152602081018390527fb4aa015c57b2f2e63dc0dd80c1d84db032e49a8a72e9b902b28eb95c1a3b4343910160405180910390a15050565b5f610820836001600160a01b0384166116c0565b5f610624825490565b5f61082083836115b7565b6060815f0180548060200260200160405190810160405280929190818152602001828054801561146f57602002820191905f5260205f20905b81548152602001906001019080831161145b575b50505050509050919050565b6114858282610a8b565b6108d95760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610728565b5f6114bf8383610a8b565b61153c575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556114f43390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610624565b505f610624565b5f61154e8383610a8b565b1561153c575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610624565b5f61082083836116c0565b5f8181526001830160205260408120548015611691575f6115d96001836119ff565b85549091505f906115ec906001906119ff565b905080821461164b575f865f01828154811061160a5761160a6119eb565b905f5260205f200154905080875f01848154811061162a5761162a6119eb565b5f918252602080832090910192909255918252600188019052604090208390555b855486908061165c5761165c611a1e565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f905560019350505050610624565b5f915050610624565b5f825f0182815481106116af576116af6119eb565b905f5260205f200154905092915050565b5f81815260018301602052604081205461153c57508154600181810184555f848152602080822090930184905584548482528286019093526040902091909155610624565b5f60208284031215611715575f5ffd5b81356001600160e01b031981168114610820575f5ffd5b602080825282518282018190525f918401906040840190835b8181101561176c5783516001600160a01b0316835260209384019390920191600101611745565b509095945050505050565b80356001600160a01b038116811461178d575f5ffd5b919050565b5f5f604083850312156117a3575f5ffd5b823591506117b360208401611777565b90509250929050565b5f602082840312156117cc575f5ffd5b61082082611777565b602080825282518282018190525f918401906040840190835b8181101561176c5783518352602093840193909201916001016117ee565b5f5f83601f84011261181c575f5ffd5b50813567ffffffffffffffff811115611833575f5ffd5b60208301915083602060608302850101111561184d575f5ffd5b9250929050565b5f5f5f60408486031215611866575f5ffd5b61186f84611777565b9250602084013567ffffffffffffffff81111561188a575f5ffd5b6118968682870161180c565b9497909650939450505050565b5f602082840312156118b3575f5ffd5b5035919050565b5f5f604083850312156118cb575f5ffd5b6118d483611777565b91506117b360208401611777565b5f5f5f5f608085870312156118f5575f5ffd5b8435935061190560208601611777565b93969395505050506040820135916060013590565b5f5f5f6060848603121561192c575f5ffd5b61193584611777565b925061194360208501611777565b915061195160408501611777565b90509250925092565b5f5f6040838503121561196b575f5ffd5b50508035926020909101359150565b5f5f5f5f5f6080868803121561198e575f5ffd5b61199786611777565b94506119a560208701611777565b93506119b360408701611777565b9250606086013567ffffffffffffffff8111156119ce575f5ffd5b6119da8882890161180c565b969995985093965092949392505050565b634e487b7160e01b5f52603260045260245ffd5b8181038181111561062457634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52603160045260245ffdfe547b500e425d72fd0723933cceefc203cef652b4736fd04250c3369b3e1a0a7387b616b8f454a668f57f7f7b886ca17cd00a4c0986b659e8d329b19533161528";
