// generated — do not edit. Regenerate with `tsx reconciler/scripts/gen-abi.ts` after `forge build`.
// Timelock from contracts/pas/Timelock.sol (generated as PasTimelock).

export const pasTimelockAbi = [
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "minDelay",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "admin",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "receive",
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "CANCELLER_ROLE",
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
    "name": "EXECUTOR_ROLE",
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
    "name": "PAUSER_ROLE",
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
    "name": "PROPOSER_ROLE",
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
    "name": "cancel",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "execute",
    "inputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "executeBatch",
    "inputs": [
      {
        "name": "targets",
        "type": "address[]",
        "internalType": "address[]"
      },
      {
        "name": "values",
        "type": "uint256[]",
        "internalType": "uint256[]"
      },
      {
        "name": "payloads",
        "type": "bytes[]",
        "internalType": "bytes[]"
      },
      {
        "name": "predecessor",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "getMinDelay",
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
    "name": "getNextExecutableOperation",
    "inputs": [],
    "outputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getNextExecutableOperation",
    "inputs": [
      {
        "name": "maxIterations",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getOperation",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "op",
        "type": "tuple",
        "internalType": "struct Timelock.Operation",
        "components": [
          {
            "name": "targets",
            "type": "address[]",
            "internalType": "address[]"
          },
          {
            "name": "values",
            "type": "uint256[]",
            "internalType": "uint256[]"
          },
          {
            "name": "payloads",
            "type": "bytes[]",
            "internalType": "bytes[]"
          },
          {
            "name": "predecessor",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "salt",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getOperationCount",
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
    "name": "getOperationState",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "enum TimelockController.OperationState"
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
    "name": "getTimestamp",
    "inputs": [
      {
        "name": "id",
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
    "name": "hashOperation",
    "inputs": [
      {
        "name": "target",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "data",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "predecessor",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "salt",
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
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "hashOperationBatch",
    "inputs": [
      {
        "name": "targets",
        "type": "address[]",
        "internalType": "address[]"
      },
      {
        "name": "values",
        "type": "uint256[]",
        "internalType": "uint256[]"
      },
      {
        "name": "payloads",
        "type": "bytes[]",
        "internalType": "bytes[]"
      },
      {
        "name": "predecessor",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "salt",
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
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "isOperation",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
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
    "name": "isOperationDone",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
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
    "name": "isOperationPending",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
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
    "name": "isOperationReady",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
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
    "name": "onERC1155BatchReceived",
    "inputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "",
        "type": "uint256[]",
        "internalType": "uint256[]"
      },
      {
        "name": "",
        "type": "uint256[]",
        "internalType": "uint256[]"
      },
      {
        "name": "",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "onERC1155Received",
    "inputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "onERC721Received",
    "inputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "operations",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "predecessor",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "pause",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "paused",
    "inputs": [],
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
    "name": "schedule",
    "inputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "scheduleBatch",
    "inputs": [
      {
        "name": "targets",
        "type": "address[]",
        "internalType": "address[]"
      },
      {
        "name": "values",
        "type": "uint256[]",
        "internalType": "uint256[]"
      },
      {
        "name": "payloads",
        "type": "bytes[]",
        "internalType": "bytes[]"
      },
      {
        "name": "predecessor",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "delay",
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
    "name": "unpause",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "updateDelay",
    "inputs": [
      {
        "name": "newDelay",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "updateDelayImmediately",
    "inputs": [
      {
        "name": "newDelay",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "CallExecuted",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "index",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "target",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "value",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "data",
        "type": "bytes",
        "indexed": false,
        "internalType": "bytes"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "CallSalt",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "CallScheduled",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "index",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "target",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "value",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "data",
        "type": "bytes",
        "indexed": false,
        "internalType": "bytes"
      },
      {
        "name": "predecessor",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "delay",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Cancelled",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "MinDelayChange",
    "inputs": [
      {
        "name": "oldDuration",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newDuration",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Paused",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "indexed": false,
        "internalType": "address"
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
    "name": "Unpaused",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "indexed": false,
        "internalType": "address"
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
    "name": "EnforcedPause",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ExpectedPause",
    "inputs": []
  },
  {
    "type": "error",
    "name": "FailedCall",
    "inputs": []
  },
  {
    "type": "error",
    "name": "TimelockInsufficientDelay",
    "inputs": [
      {
        "name": "delay",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "minDelay",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "TimelockInvalidOperationLength",
    "inputs": [
      {
        "name": "targets",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "payloads",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "values",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "TimelockUnauthorizedCaller",
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
    "name": "TimelockUnexecutedPredecessor",
    "inputs": [
      {
        "name": "predecessorId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "TimelockUnexpectedOperationState",
    "inputs": [
      {
        "name": "operationId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "expectedStates",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  }
] as const;

/** Creation bytecode. */
export const pasTimelockBytecode: `0x${string}` = "0x608060405234801561000f575f5ffd5b50604051612a9f380380612a9f83398101604081905261002e9161032c565b604080515f8082526020820181815282840190935284929084906100529030610202565b506001600160a01b0381161561006e5761006c5f82610202565b505b5f5b8351811015610102576100c27fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc18583815181106100af576100af610366565b602002602001015161020260201b60201c565b506100f97ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f7838583815181106100af576100af610366565b50600101610070565b505f5b825181101561013a576101315f516020612a7f5f395f51905f528483815181106100af576100af610366565b50600101610105565b506002849055604080515f8152602081018690527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a15050506001600160a01b03821690506101d85760405162461bcd60e51b815260206004820152601b60248201527f54696d656c6f636b2f61646d696e2d7a65726f2d616464726573730000000000604482015260640160405180910390fd5b6101e25f306102ab565b506101fa5f516020612a7f5f395f51905f525f610202565b50505061037a565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166102a2575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561025a3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102a5565b505f5b92915050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16156102a2575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016102a5565b5f5f6040838503121561033d575f5ffd5b825160208401519092506001600160a01b038116811461035b575f5ffd5b809150509250929050565b634e487b7160e01b5f52603260045260245ffd5b6126f8806103875f395ff3fe608060405260043610610220575f3560e01c80638065657f1161011e578063c4d252f5116100a8578063e38335e51161006d578063e38335e5146106cf578063e63ab1e9146106e2578063f23a6e6114610715578063f27a0c9214610740578063fc599a0714610754575f5ffd5b8063c4d252f514610608578063c74f349b14610627578063d45c443514610671578063d547741f1461069c578063e354c580146106bb575f5ffd5b806391d14854116100ee57806391d1485414610559578063a217fddf14610578578063b08e51c01461058b578063b1c5f427146105be578063bc197c81146105dd575f5ffd5b80638065657f146104d45780638456cb59146104f35780638f2a0bb0146105075780638f61f4f514610526575f5ffd5b80632f2ff15d116101aa578063584b153e1161016f578063584b153e146104345780635c975abb1461045357806364d623531461046a578063704af642146104895780637958004c146104a8575f5ffd5b80632f2ff15d146103af57806331d50750146103ce57806336568abe146103ed5780633f4ba83a1461040c57806356149adf14610420575f5ffd5b806313bc9f20116101f057806313bc9f20146102d4578063150b7a02146102f3578063248a9ca314610336578063279412c5146103645780632ab0f52914610390575f5ffd5b806301d5062a1461022b57806301ffc9a71461024c57806307bd026514610280578063134008d3146102c1575f5ffd5b3661022757005b5f5ffd5b348015610236575f5ffd5b5061024a610245366004611bbb565b610773565b005b348015610257575f5ffd5b5061026b610266366004611c29565b6107c0565b60405190151581526020015b60405180910390f35b34801561028b575f5ffd5b506102b37fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e6381565b604051908152602001610277565b61024a6102cf366004611c50565b6107d0565b3480156102df575f5ffd5b5061026b6102ee366004611cb6565b610818565b3480156102fe575f5ffd5b5061031d61030d366004611d7c565b630a85bd0160e11b949350505050565b6040516001600160e01b03199091168152602001610277565b348015610341575f5ffd5b506102b3610350366004611cb6565b5f9081526020819052604090206001015490565b34801561036f575f5ffd5b5061038361037e366004611cb6565b61083d565b6040516102779190611e93565b34801561039b575f5ffd5b5061026b6103aa366004611cb6565b610a22565b3480156103ba575f5ffd5b5061024a6103c9366004611f41565b610a2a565b3480156103d9575f5ffd5b5061026b6103e8366004611cb6565b610a54565b3480156103f8575f5ffd5b5061024a610407366004611f41565b610a78565b348015610417575f5ffd5b5061024a610ab0565b34801561042b575f5ffd5b506102b3610ac5565b34801561043f575f5ffd5b5061026b61044e366004611cb6565b610ad5565b34801561045e575f5ffd5b5060035460ff1661026b565b348015610475575f5ffd5b5061024a610484366004611cb6565b610b1a565b348015610494575f5ffd5b5061024a6104a3366004611cb6565b610b88565b3480156104b3575f5ffd5b506104c76104c2366004611cb6565b610be2565b6040516102779190611f7f565b3480156104df575f5ffd5b506102b36104ee366004611c50565b610c30565b3480156104fe575f5ffd5b5061024a610c6e565b348015610512575f5ffd5b5061024a610521366004611fe5565b610ca0565b348015610531575f5ffd5b506102b37fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc181565b348015610564575f5ffd5b5061026b610573366004611f41565b610e78565b348015610583575f5ffd5b506102b35f81565b348015610596575f5ffd5b506102b37ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f78381565b3480156105c9575f5ffd5b506102b36105d8366004612097565b610ea0565b3480156105e8575f5ffd5b5061031d6105f73660046121cd565b63bc197c8160e01b95945050505050565b348015610613575f5ffd5b5061024a610622366004611cb6565b610ee4565b348015610632575f5ffd5b5061065c610641366004611cb6565b60066020525f90815260409020600381015460049091015482565b60408051928352602083019190915201610277565b34801561067c575f5ffd5b506102b361068b366004611cb6565b5f9081526001602052604090205490565b3480156106a7575f5ffd5b5061024a6106b6366004611f41565b610efe565b3480156106c6575f5ffd5b506102b3610f22565b61024a6106dd366004612097565b610f2c565b3480156106ed575f5ffd5b506102b37f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b348015610720575f5ffd5b5061031d61072f366004612279565b63f23a6e6160e01b95945050505050565b34801561074b575f5ffd5b506002546102b3565b34801561075f575f5ffd5b506102b361076e366004611cb6565b610f66565b60405162461bcd60e51b815260206004820152601a60248201527f54696d656c6f636b2f7573652d7363686564756c65426174636800000000000060448201526064015b60405180910390fd5b5f6107ca82611001565b92915050565b60405162461bcd60e51b815260206004820152601960248201527f54696d656c6f636b2f7573652d6578656375746542617463680000000000000060448201526064016107b7565b5f60025b61082583610be2565b600381111561083657610836611f6b565b1492915050565b61086d6040518060a001604052806060815260200160608152602001606081526020015f81526020015f81525090565b5f828152600660209081526040918290208251815460c09381028201840190945260a0810184815290939192849284918401828280156108d457602002820191905f5260205f20905b81546001600160a01b031681526001909101906020018083116108b6575b505050505081526020016001820180548060200260200160405190810160405280929190818152602001828054801561092a57602002820191905f5260205f20905b815481526020019060010190808311610916575b5050505050815260200160028201805480602002602001604051908101604052809291908181526020015f905b828210156109ff578382905f5260205f20018054610974906122cc565b80601f01602080910402602001604051908101604052809291908181526020018280546109a0906122cc565b80156109eb5780601f106109c2576101008083540402835291602001916109eb565b820191905f5260205f20905b8154815290600101906020018083116109ce57829003601f168201915b505050505081526020019060010190610957565b505050508152602001600382015481526020016004820154815250509050919050565b5f600361081c565b5f82815260208190526040902060010154610a4481611025565b610a4e838361102f565b50505050565b5f80610a5f83610be2565b6003811115610a7057610a70611f6b565b141592915050565b6001600160a01b0381163314610aa15760405163334bd91960e11b815260040160405180910390fd5b610aab82826110be565b505050565b5f610aba81611025565b610ac2611127565b50565b5f610ad06004611179565b905090565b5f5f610ae083610be2565b90506001816003811115610af657610af6611f6b565b1480610b1357506002816003811115610b1157610b11611f6b565b145b9392505050565b33308114610b465760405163e2850c5960e01b81526001600160a01b03821660048201526024016107b7565b60025460408051918252602082018490527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a150600255565b5f610b9281611025565b6040516364d6235360e01b81526004810183905230906364d62353906024015f604051808303815f87803b158015610bc8575f5ffd5b505af1158015610bda573d5f5f3e3d5ffd5b505050505050565b5f81815260016020526040812054805f03610bff57505f92915050565b60018103610c105750600392915050565b42811115610c215750600192915050565b50600292915050565b50919050565b5f868686868686604051602001610c4c96959493929190612326565b6040516020818303038152906040528051906020012090509695505050505050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a610c9881611025565b610ac2611182565b610ca86111bf565b5f5b88811015610d3857308a8a83818110610cc557610cc5612362565b9050602002016020810190610cda9190612376565b6001600160a01b031603610d305760405162461bcd60e51b815260206004820152601c60248201527f54696d656c6f636b2f73656c662d63616c6c732d64697361626c65640000000060448201526064016107b7565b600101610caa565b50610d4a8989898989898989896111e5565b5f610d5b8a8a8a8a8a8a8a8a610ea0565b9050610d68600482611371565b506040518060a001604052808b8b808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152505050908252506040805160208b810282810182019093528b82529283019290918c918c9182918501908490808284375f92019190915250505090825250602001610ded878961238f565b8152602080820187905260409182018690525f8481526006825291909120825180519192610e20928492909101906119d3565b506020828101518051610e399260018501920190611a36565b5060408201518051610e55916002840191602090910190611a6f565b506060820151600382015560809091015160049091015550505050505050505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f8888888888888888604051602001610ec0989796959493929190612484565b60405160208183030381529060405280519060200120905098975050505050505050565b610eec6111bf565b610ef58161137c565b610ac281611426565b5f82815260208190526040902060010154610f1881611025565b610a4e83836110be565b5f610ad05f610f66565b610f346111bf565b610f448888888888888888611476565b610f5c610f578989898989898989610ea0565b611426565b5050505050505050565b5f5f610f726004611179565b90508215801590610f8257508083105b15610f8a5750815b5f5b81811015610ff8575f610fa06004836115f7565b9050610fab81610818565b610fb55750610ff0565b5f818152600660205260409020600301548015801590610fdb5750610fd981610a22565b155b15610fe7575050610ff0565b50949350505050565b600101610f8c565b505f9392505050565b5f6001600160e01b03198216630271189760e51b14806107ca57506107ca82611602565b610ac28133611636565b5f61103a8383610e78565b6110b7575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561106f3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016107ca565b505f6107ca565b5f6110c98383610e78565b156110b7575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016107ca565b61112f611673565b6003805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b5f6107ca825490565b61118a6111bf565b6003805460ff191660011790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25861115c3390565b60035460ff16156111e35760405163d93c066560e01b815260040160405180910390fd5b565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc161120f81611025565b888714158061121e5750888514155b15611250576040516001624fcdef60e01b03198152600481018a905260248101869052604481018890526064016107b7565b5f6112618b8b8b8b8b8b8b8b610ea0565b905061126d8184611696565b5f5b8a8110156113225780827f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8e8e858181106112ac576112ac612362565b90506020020160208101906112c19190612376565b8d8d868181106112d3576112d3612362565b905060200201358c8c878181106112ec576112ec612362565b90506020028101906112fe9190612523565b8c8b60405161131296959493929190612326565b60405180910390a360010161126f565b50831561136457807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d03878560405161135b91815260200190565b60405180910390a25b5050505050505050505050565b5f610b138383611727565b7ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f7836113a681611025565b6113af82610ad5565b6113eb57816113be600261176c565b6113c8600161176c565b604051635ead8eb560e01b815260048101939093521760248201526044016107b7565b5f828152600160205260408082208290555183917fbaa1eb22f2a492ba1a5fea61b8df4d27c6c8b5f3971e63bb58fa14ff72eedb7091a25050565b61143160048261178e565b505f8181526006602052604081209061144a8282611abf565b611457600183015f611abf565b611464600283015f611ada565b505f6003820181905560049091015550565b7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e636114a1815f610e78565b6114af576114af8133611636565b87861415806114be5750878414155b156114f0576040516001624fcdef60e01b031981526004810189905260248101859052604481018790526064016107b7565b5f6115018a8a8a8a8a8a8a8a610ea0565b905061150d8185611799565b5f5b898110156115e1575f8b8b8381811061152a5761152a612362565b905060200201602081019061153f9190612376565b90505f8a8a8481811061155457611554612362565b905060200201359050365f8a8a8681811061157157611571612362565b90506020028101906115839190612523565b91509150611593848484846117e7565b84867fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b58868686866040516115ca9493929190612565565b60405180910390a35050505080600101905061150f565b506115eb8161185b565b50505050505050505050565b5f610b138383611886565b5f6001600160e01b03198216637965db0b60e01b14806107ca57506301ffc9a760e01b6001600160e01b03198316146107ca565b6116408282610e78565b61166f5760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016107b7565b5050565b60035460ff166111e357604051638dfc202b60e01b815260040160405180910390fd5b61169f82610a54565b156116d057816116ae5f61176c565b604051635ead8eb560e01b8152600481019290925260248201526044016107b7565b5f6116da60025490565b90508082101561170757604051635433660960e01b815260048101839052602481018290526044016107b7565b61171182426125aa565b5f93845260016020526040909320929092555050565b5f8181526001830160205260408120546110b757508154600181810184555f8481526020808220909301849055845484825282860190935260409020919091556107ca565b5f81600381111561177f5761177f611f6b565b600160ff919091161b92915050565b5f610b1383836118ac565b6117a282610818565b6117b157816116ae600261176c565b80158015906117c657506117c481610a22565b155b1561166f5760405163121534c360e31b8152600481018290526024016107b7565b5f5f856001600160a01b03168585856040516118049291906125bd565b5f6040518083038185875af1925050503d805f811461183e576040519150601f19603f3d011682016040523d82523d5f602084013e611843565b606091505b5091509150611852828261198f565b50505050505050565b61186481610818565b61187357806116ae600261176c565b5f90815260016020819052604090912055565b5f825f01828154811061189b5761189b612362565b905f5260205f200154905092915050565b5f8181526001830160205260408120548015611986575f6118ce6001836125cc565b85549091505f906118e1906001906125cc565b9050808214611940575f865f0182815481106118ff576118ff612362565b905f5260205f200154905080875f01848154811061191f5761191f612362565b5f918252602080832090910192909255918252600188019052604090208390555b8554869080611951576119516125df565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f9055600193505050506107ca565b5f9150506107ca565b6060826119a45761199f826119ab565b6107ca565b50806107ca565b8051156119ba57805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b828054828255905f5260205f20908101928215611a26579160200282015b82811115611a2657825182546001600160a01b0319166001600160a01b039091161782556020909201916001909101906119f1565b50611a32929150611af5565b5090565b828054828255905f5260205f20908101928215611a26579160200282015b82811115611a26578251825591602001919060010190611a54565b828054828255905f5260205f20908101928215611ab3579160200282015b82811115611ab35782518290611aa3908261263e565b5091602001919060010190611a8d565b50611a32929150611b09565b5080545f8255905f5260205f2090810190610ac29190611af5565b5080545f8255905f5260205f2090810190610ac29190611b09565b5b80821115611a32575f8155600101611af6565b80821115611a32575f611b1c8282611b25565b50600101611b09565b508054611b31906122cc565b5f825580601f10611b40575050565b601f0160209004905f5260205f2090810190610ac29190611af5565b80356001600160a01b0381168114611b72575f5ffd5b919050565b5f5f83601f840112611b87575f5ffd5b5081356001600160401b03811115611b9d575f5ffd5b602083019150836020828501011115611bb4575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215611bd1575f5ffd5b611bda88611b5c565b96506020880135955060408801356001600160401b03811115611bfb575f5ffd5b611c078a828b01611b77565b989b979a50986060810135976080820135975060a09091013595509350505050565b5f60208284031215611c39575f5ffd5b81356001600160e01b031981168114610b13575f5ffd5b5f5f5f5f5f5f60a08789031215611c65575f5ffd5b611c6e87611b5c565b95506020870135945060408701356001600160401b03811115611c8f575f5ffd5b611c9b89828a01611b77565b979a9699509760608101359660809091013595509350505050565b5f60208284031215611cc6575f5ffd5b5035919050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b0381118282101715611d0957611d09611ccd565b604052919050565b5f82601f830112611d20575f5ffd5b81356001600160401b03811115611d3957611d39611ccd565b611d4c601f8201601f1916602001611ce1565b818152846020838601011115611d60575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f60808587031215611d8f575f5ffd5b611d9885611b5c565b9350611da660208601611b5c565b92506040850135915060608501356001600160401b03811115611dc7575f5ffd5b611dd387828801611d11565b91505092959194509250565b5f8151808452602084019350602083015f5b82811015611e0f578151865260209586019590910190600101611df1565b5093949350505050565b5f82825180855260208501945060208160051b830101602085015f5b83811015611e8757601f19858403018852815180518085528060208301602087015e5f602082870101526020601f19601f83011686010194505050602082019150602088019750600181019050611e35565b50909695505050505050565b6020808252825160a083830152805160c084018190525f929190910190829060e08501905b80831015611ee35783516001600160a01b031682526020938401936001939093019290910190611eb8565b506020860151858203601f190160408701529250611f018184611ddf565b925050506040840151601f19848303016060850152611f208282611e19565b91505060608401516080840152608084015160a08401528091505092915050565b5f5f60408385031215611f52575f5ffd5b82359150611f6260208401611b5c565b90509250929050565b634e487b7160e01b5f52602160045260245ffd5b6020810160048310611f9f57634e487b7160e01b5f52602160045260245ffd5b91905290565b5f5f83601f840112611fb5575f5ffd5b5081356001600160401b03811115611fcb575f5ffd5b6020830191508360208260051b8501011115611bb4575f5ffd5b5f5f5f5f5f5f5f5f5f60c08a8c031215611ffd575f5ffd5b89356001600160401b03811115612012575f5ffd5b61201e8c828d01611fa5565b909a5098505060208a01356001600160401b0381111561203c575f5ffd5b6120488c828d01611fa5565b90985096505060408a01356001600160401b03811115612066575f5ffd5b6120728c828d01611fa5565b9a9d999c50979a969997986060880135976080810135975060a0013595509350505050565b5f5f5f5f5f5f5f5f60a0898b0312156120ae575f5ffd5b88356001600160401b038111156120c3575f5ffd5b6120cf8b828c01611fa5565b90995097505060208901356001600160401b038111156120ed575f5ffd5b6120f98b828c01611fa5565b90975095505060408901356001600160401b03811115612117575f5ffd5b6121238b828c01611fa5565b999c989b509699959896976060870135966080013595509350505050565b5f6001600160401b0382111561215957612159611ccd565b5060051b60200190565b5f82601f830112612172575f5ffd5b813561218561218082612141565b611ce1565b8082825260208201915060208360051b8601019250858311156121a6575f5ffd5b602085015b838110156121c35780358352602092830192016121ab565b5095945050505050565b5f5f5f5f5f60a086880312156121e1575f5ffd5b6121ea86611b5c565b94506121f860208701611b5c565b935060408601356001600160401b03811115612212575f5ffd5b61221e88828901612163565b93505060608601356001600160401b03811115612239575f5ffd5b61224588828901612163565b92505060808601356001600160401b03811115612260575f5ffd5b61226c88828901611d11565b9150509295509295909350565b5f5f5f5f5f60a0868803121561228d575f5ffd5b61229686611b5c565b94506122a460208701611b5c565b9350604086013592506060860135915060808601356001600160401b03811115612260575f5ffd5b600181811c908216806122e057607f821691505b602082108103610c2a57634e487b7160e01b5f52602260045260245ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b60018060a01b038716815285602082015260a060408201525f61234d60a0830186886122fe565b60608301949094525060800152949350505050565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215612386575f5ffd5b610b1382611b5c565b5f61239c61218084612141565b8381526020810190600585901b8401368111156123b7575f5ffd5b845b818110156123f15780356001600160401b038111156123d6575f5ffd5b6123e236828901611d11565b855250602093840193016123b9565b509095945050505050565b5f8383855260208501945060208460051b820101835f5b86811015611e8757838303601f19018852813536879003601e19018112612438575f5ffd5b86016020810190356001600160401b03811115612453575f5ffd5b803603821315612461575f5ffd5b61246c8582846122fe565b60209a8b019a90955093909301925050600101612413565b60a080825281018890525f8960c08301825b8b8110156124c4576001600160a01b036124af84611b5c565b16825260209283019290910190600101612496565b5083810360208501528881526001600160fb1b038911156124e3575f5ffd5b8860051b9150818a6020830137018281036020908101604085015261250b90820187896123fc565b60608401959095525050608001529695505050505050565b5f5f8335601e19843603018112612538575f5ffd5b8301803591506001600160401b03821115612551575f5ffd5b602001915036819003821315611bb4575f5ffd5b60018060a01b0385168152836020820152606060408201525f61258c6060830184866122fe565b9695505050505050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156107ca576107ca612596565b818382375f9101908152919050565b818103818111156107ca576107ca612596565b634e487b7160e01b5f52603160045260245ffd5b601f821115610aab57805f5260205f20601f840160051c810160208510156126185750805b601f840160051c820191505b81811015612637575f8155600101612624565b5050505050565b81516001600160401b0381111561265757612657611ccd565b61266b8161266584546122cc565b846125f3565b6020601f82116001811461269d575f83156126865750848201515b5f19600385901b1c1916600184901b178455612637565b5f84815260208120601f198516915b828110156126cc57878501518255602094850194600190920191016126ac565b50848210156126e957868401515f19600387901b60f8161c191681555b50505050600190811b0190555056d8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e63";
