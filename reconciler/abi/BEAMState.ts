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
export const beamStateBytecode: `0x${string}` = "0x608060405234801561000f575f5ffd5b50604051611f0f380380611f0f83398101604081905261002e91610339565b6001600160a01b038216610072576040516302ba403360e21b815260206004820152600560248201526430b236b4b760d91b60448201526064015b60405180910390fd5b61007c5f83610153565b505f5b815181101561013d575f6001600160a01b03168282815181106100a4576100a4610417565b60200260200101516001600160a01b0316036100eb576040516302ba403360e21b8152602060048201526005602482015264616265616d60d81b6044820152606401610069565b6101347f87b616b8f454a668f57f7f7b886ca17cd00a4c0986b659e8d329b1953316152883838151811061012157610121610417565b602002602001015161015360201b60201c565b5060010161007f565b5061014c61fd206109c4610189565b505061042b565b5f8061015f848461020f565b90508015610180575f84815260016020526040902061017e90846102b6565b505b90505b92915050565b811580610194575080155b806101a0575061271081115b156101c8576040516341fb45d160e11b81526004810183905260248101829052604401610069565b6002829055600381905560408051838152602081018390527fb4aa015c57b2f2e63dc0dd80c1d84db032e49a8a72e9b902b28eb95c1a3b4343910160405180910390a15050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166102af575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102673390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610183565b505f610183565b5f610180836001600160a01b0384165f8181526001830160205260408120546102af57508154600181810184555f848152602080822090930184905584548482528286019093526040902091909155610183565b80516001600160a01b0381168114610320575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f6040838503121561034a575f5ffd5b6103538361030a565b60208401519092506001600160401b0381111561036e575f5ffd5b8301601f8101851361037e575f5ffd5b80516001600160401b0381111561039757610397610325565b604051600582901b90603f8201601f191681016001600160401b03811182821017156103c5576103c5610325565b6040529182526020818401810192908101888411156103e2575f5ffd5b6020850194505b83851015610408576103fa8561030a565b8152602094850194016103e9565b50809450505050509250929050565b634e487b7160e01b5f52603260045260245ffd5b611ad7806104385f395ff3fe608060405234801561000f575f5ffd5b5060043610610213575f3560e01c80639010d07c1161011f578063b6172e20116100a9578063d0cd367911610079578063d0cd367914610586578063d547741f14610599578063d6de5bba146105ac578063dbf00e7b146105e4578063eea3b905146105f7575f5ffd5b8063b6172e2014610517578063c2eaf9021461052a578063ca15c8731461053e578063cbd7c5c714610551575f5ffd5b80639bdfbdab116100ef5780639bdfbdab146104d8578063a217fddf146104eb578063a3246ad3146104f2578063a686c11b14610505578063b0b8579b1461050e575f5ffd5b80639010d07c1461047457806391d0f7fd1461049f57806391d14854146104b257806393229842146104c5575f5ffd5b80632f2ff15d116101a057806349b8cbac1161017057806349b8cbac1461041f5780634a60d4c9146104325780634b37c73f146104455780634d6f61991461045857806378d57c9b14610461575f5ffd5b80632f2ff15d146103d35780632f60d1b1146103e657806336568abe146103f95780633ed5de481461040c575f5ffd5b806313ec8163116101e657806313ec8163146102a45780631688e5b9146102b95780632127cf9c146102d0578063248a9ca31461039d5780632dd31000146103bf575f5ffd5b806301ffc9a71461021757806304caae2f1461023f5780630a713939146102545780630db8613114610284575b5f5ffd5b61022a610225366004611769565b61060a565b60405190151581526020015b60405180910390f35b610247610634565b6040516102369190611790565b6102676102623660046117f6565b610645565b604080519315158452602084019290925290820152606001610236565b610297610292366004611820565b6106a3565b6040516102369190611839565b6102b76102b23660046118b8565b6106c6565b005b6102c260035481565b604051908152602001610236565b6103586102de366004611820565b60408051608080820183525f808352602080840182905283850182905260609384018290526001600160a01b039586168252600481529084902084519283018552805486168352600101549485169082015260ff600160a01b85048116151593820193909352600160a81b90930490911615159082015290565b604051610236919081516001600160a01b0390811682526020808401519091169082015260408083015115159082015260609182015115159181019190915260800190565b6102c26103ab366004611907565b5f9081526020819052604090206001015490565b6102c25f516020611a975f395f51905f5281565b6102b76103e13660046117f6565b610779565b6102476103f4366004611820565b6107a3565b6102b76104073660046117f6565b6107c6565b61022a61041a36600461191e565b6107fe565b6102b761042d366004611946565b610826565b6102b761044036600461197e565b61083c565b6102b7610453366004611820565b610882565b6102c261fd2081565b6102b761046f366004611820565b6108dc565b6104876104823660046119be565b610a37565b6040516001600160a01b039091168152602001610236565b6102b76104ad3660046117f6565b610a4e565b61022a6104c03660046117f6565b610b08565b6102b76104d33660046119be565b610b30565b6102b76104e636600461191e565b610b44565b6102c25f81565b610247610500366004611907565b610bf1565b6102c26109c481565b6102c260025481565b6102b761052536600461191e565b610c0a565b6102c25f516020611ab75f395f51905f5281565b6102c261054c366004611907565b610d27565b61022a61055f366004611820565b6001600160a01b03165f90815260046020526040902060010154600160b01b900460ff1690565b6102b76105943660046117f6565b610d3d565b6102b76105a73660046117f6565b610dff565b61022a6105ba3660046117f6565b5f9182526009602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6102b76105f23660046119de565b610e23565b6102b76106053660046117f6565b610eb3565b5f6001600160e01b03198216635a05180f60e01b148061062e575061062e82610f93565b92915050565b60606106406005610fc7565b905090565b5f8281526007602090815260408083206001600160a01b03851684529091528120805482918291820361068c57505f85815260076020908152604080832083805290915290205b805460019091015481151597919650945092505050565b6001600160a01b0381165f90815260086020526040902060609061062e90610fc7565b5f516020611a975f395f51905f526106dd81610fd3565b6001600160a01b0384165f9081526004602052604090206001810154600160a01b900460ff1661073057604051633d037e1560e11b81526001600160a01b03861660048201526024015b60405180910390fd5b6001810154600160a81b900460ff16610767576040516324dd47f160e11b81526001600160a01b0386166004820152602401610727565b610772858585610fe0565b5050505050565b5f8281526020819052604090206001015461079381610fd3565b61079d838361104e565b50505050565b6001600160a01b0381165f908152600a6020526040902060609061062e90610fc7565b6001600160a01b03811633146107ef5760405163334bd91960e11b815260040160405180910390fd5b6107f98282611081565b505050565b6001600160a01b0382165f908152600a6020526040812061081f90836110ac565b9392505050565b5f61083081610fd3565b610772858585856110cd565b5f61084681610fd3565b6108518484846111da565b6001600160a01b0384165f90815260046020526040902060010154600160a81b900460ff166107728585858461129f565b5f516020611ab75f395f51905f5261089981610fd3565b6108b05f516020611a975f395f51905f5283611081565b6108d85760405163155c330760e11b81526001600160a01b0383166004820152602401610727565b5050565b5f516020611ab75f395f51905f526108f381610fd3565b6001600160a01b0382165f90815260046020526040902060010154600160a01b900460ff1661094057604051633d037e1560e11b81526001600160a01b0383166004820152602401610727565b6040805160a0810182525f8082526020808301828152838501838152606085018481526001608087018181526001600160a01b038b81168852600490965297909520955186549085166001600160a01b031990911617865591519490930180549351915195511515600160b01b0260ff60b01b19961515600160a81b029690961661ffff60a81b19921515600160a01b026001600160a81b031990951695909316949094179290921791909116179190911790556109ff6005836113b9565b506040516001600160a01b038316907f4c87426cc6853fb24f4dc2646dbd54477ac25a5b077bffaa4caab46891c43d1e905f90a25050565b5f82815260016020526040812061081f90836113cd565b5f610a5881610fd3565b5f8381526009602090815260408083206001600160a01b038616845290915290205460ff1615610aad5760405163936fecb160e01b8152600481018490526001600160a01b0383166024820152604401610727565b5f8381526009602090815260408083206001600160a01b0386168085529252808320805460ff1916600117905551909185917f443aac2a15d5e62d43e509acdfd344a7095a0cf67701c0f2d7d429c9d2095f7e9190a3505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f610b3a81610fd3565b6107f983836113d8565b5f516020611ab75f395f51905f52610b5b81610fd3565b6001600160a01b0383165f908152600a60205260409020610b7c90836113b9565b610bac57604051635de3670b60e11b81526001600160a01b03808516600483015283166024820152604401610727565b816001600160a01b0316836001600160a01b03167fdab40edfcfd4dcafd5df2a4225d9de54e7e986c418cc6a48cd5abd2d83738ce660405160405180910390a3505050565b5f81815260016020526040902060609061062e90610fc7565b5f610c1481610fd3565b6001600160a01b038316610c51576040516302ba403360e21b815260206004820152600360248201526270617560e81b6044820152606401610727565b6001600160a01b038216610c91576040516302ba403360e21b8152602060048201526006602482015265676f764f707360d01b6044820152606401610727565b6001600160a01b0383165f908152600a60205260409020610cb2908361145e565b610ce257604051634dca946360e01b81526001600160a01b03808516600483015283166024820152604401610727565b816001600160a01b0316836001600160a01b03167f5e6c32f436deb014bea07d57f459a48b27331c4610bfb94c5fa6def2010b32cb60405160405180910390a3505050565b5f81815260016020526040812061062e90611472565b5f516020611ab75f395f51905f52610d5481610fd3565b5f8381526009602090815260408083206001600160a01b038616845290915290205460ff16610da75760405162c913db60e81b8152600481018490526001600160a01b0383166024820152604401610727565b5f8381526009602090815260408083206001600160a01b0386168085529252808320805460ff1916905551909185917f7126cda83d82430472fc833833bf3f5d658767e4dd50156d25cdbdacfc0988b69190a3505050565b5f82815260208190526040902060010154610e1981610fd3565b61079d8383611081565b5f516020611a975f395f51905f52610e3a81610fd3565b610e458686866111da565b6001600160a01b0386165f90815260046020526040902060010154600160b01b900460ff1615610e935760405163e0713c6f60e01b81526001600160a01b0387166004820152602401610727565b610ea0868686600161129f565b610eab868484610fe0565b505050505050565b5f516020611ab75f395f51905f52610eca81610fd3565b5f8381526007602090815260408083206001600160a01b03861684529091528120549003610f1d5760405163356a42fd60e21b8152600481018490526001600160a01b0383166024820152604401610727565b5f8381526007602090815260408083206001600160a01b0386168452825280832083815560010183905560089091529020610f58908461147b565b506040516001600160a01b0383169084907f27bc03e48e9f4bb4beb18943385b1c4394c5a2d10bced588bfd836abbbd765a6905f90a3505050565b5f6001600160e01b03198216637965db0b60e01b148061062e57506301ffc9a760e01b6001600160e01b031983161461062e565b60605f61081f83611486565b610fdd81336114df565b50565b5f5b8181101561079d57611046838383818110610fff57610fff611a4f565b9050606002015f01358585858581811061101b5761101b611a4f565b9050606002016020013586868681811061103757611037611a4f565b905060600201604001356110cd565b600101610fe2565b5f5f61105a8484611518565b9050801561081f575f848152600160205260409020611079908461145e565b509392505050565b5f5f61108d84846115a7565b9050801561081f575f84815260016020526040902061107990846113b9565b6001600160a01b0381165f908152600183016020526040812054151561081f565b836110eb57604051639ff8436960e01b815260040160405180910390fd5b815f0361110e576040516315d683b760e21b815260048101859052602401610727565b5f8481526007602090815260408083206001600160a01b0387168452909152902080541561116157604051633af380c560e21b8152600481018690526001600160a01b0385166024820152604401610727565b828155600181018290556001600160a01b0384165f90815260086020526040902061118c9086611610565b5060408051848152602081018490526001600160a01b0386169187917fc60ca9042ffee7e221f2ecdecad539fd81baa2753fb05c2b7d8fc9b8d22b8d75910160405180910390a35050505050565b6001600160a01b038316611217576040516302ba403360e21b815260206004820152600360248201526270617560e81b6044820152606401610727565b6001600160a01b03821661125b576040516302ba403360e21b815260206004820152600a60248201526931b7b73a3937b63632b960b11b6044820152606401610727565b6001600160a01b0381166107f9576040516302ba403360e21b815260206004820152600a602482015269726174654c696d69747360b01b6044820152606401610727565b6040805160a0810182526001600160a01b0380861682528481166020808401918252600184860181815287151560608701908152608087018381528c87165f908152600490955297909320955186549086166001600160a01b03199091161786559251940180549251915195511515600160b01b0260ff60b01b19961515600160a81b029690961661ffff60a81b19921515600160a01b026001600160a81b0319909416959094169490941791909117161791909117905561136260058561145e565b50604080516001600160a01b0385811682528481166020830152831515828401529151918616917fdb9609d1cc7dc61591e7e93c2e1edcc25537fd9b09ef1b25d601657780253d929181900360600190a250505050565b5f61081f836001600160a01b03841661161b565b5f61081f83836116fe565b8115806113e3575080155b806113ef575061271081115b15611417576040516341fb45d160e11b81526004810183905260248101829052604401610727565b6002829055600381905560408051838152602081018390527fb4aa015c57b2f2e63dc0dd80c1d84db032e49a8a72e9b902b28eb95c1a3b4343910160405180910390a15050565b5f61081f836001600160a01b038416611724565b5f61062e825490565b5f61081f838361161b565b6060815f018054806020026020016040519081016040528092919081815260200182805480156114d357602002820191905f5260205f20905b8154815260200190600101908083116114bf575b50505050509050919050565b6114e98282610b08565b6108d85760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610727565b5f6115238383610b08565b6115a0575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556115583390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161062e565b505f61062e565b5f6115b28383610b08565b156115a0575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161062e565b5f61081f8383611724565b5f81815260018301602052604081205480156116f5575f61163d600183611a63565b85549091505f9061165090600190611a63565b90508082146116af575f865f01828154811061166e5761166e611a4f565b905f5260205f200154905080875f01848154811061168e5761168e611a4f565b5f918252602080832090910192909255918252600188019052604090208390555b85548690806116c0576116c0611a82565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f90556001935050505061062e565b5f91505061062e565b5f825f01828154811061171357611713611a4f565b905f5260205f200154905092915050565b5f8181526001830160205260408120546115a057508154600181810184555f84815260208082209093018490558454848252828601909352604090209190915561062e565b5f60208284031215611779575f5ffd5b81356001600160e01b03198116811461081f575f5ffd5b602080825282518282018190525f918401906040840190835b818110156117d05783516001600160a01b03168352602093840193909201916001016117a9565b509095945050505050565b80356001600160a01b03811681146117f1575f5ffd5b919050565b5f5f60408385031215611807575f5ffd5b82359150611817602084016117db565b90509250929050565b5f60208284031215611830575f5ffd5b61081f826117db565b602080825282518282018190525f918401906040840190835b818110156117d0578351835260209384019390920191600101611852565b5f5f83601f840112611880575f5ffd5b50813567ffffffffffffffff811115611897575f5ffd5b6020830191508360206060830285010111156118b1575f5ffd5b9250929050565b5f5f5f604084860312156118ca575f5ffd5b6118d3846117db565b9250602084013567ffffffffffffffff8111156118ee575f5ffd5b6118fa86828701611870565b9497909650939450505050565b5f60208284031215611917575f5ffd5b5035919050565b5f5f6040838503121561192f575f5ffd5b611938836117db565b9150611817602084016117db565b5f5f5f5f60808587031215611959575f5ffd5b84359350611969602086016117db565b93969395505050506040820135916060013590565b5f5f5f60608486031215611990575f5ffd5b611999846117db565b92506119a7602085016117db565b91506119b5604085016117db565b90509250925092565b5f5f604083850312156119cf575f5ffd5b50508035926020909101359150565b5f5f5f5f5f608086880312156119f2575f5ffd5b6119fb866117db565b9450611a09602087016117db565b9350611a17604087016117db565b9250606086013567ffffffffffffffff811115611a32575f5ffd5b611a3e88828901611870565b969995985093965092949392505050565b634e487b7160e01b5f52603260045260245ffd5b8181038181111561062e57634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52603160045260245ffdfe547b500e425d72fd0723933cceefc203cef652b4736fd04250c3369b3e1a0a7387b616b8f454a668f57f7f7b886ca17cd00a4c0986b659e8d329b19533161528";
