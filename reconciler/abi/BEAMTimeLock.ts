// generated — do not edit. Regenerate with `tsx reconciler/scripts/gen-abi.ts` after `forge build`.
// BEAMTimeLock from contracts/src/configurator/BEAMTimeLock.sol.

export const beamTimeLockAbi = [
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "minDelay",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "proposers",
        "type": "address[]",
        "internalType": "address[]"
      },
      {
        "name": "executors",
        "type": "address[]",
        "internalType": "address[]"
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
    "name": "DEFAULT_DELAY",
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
        "name": "payload",
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
        "name": "by",
        "type": "address",
        "indexed": true,
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
    "name": "BEAMTimeLock_NotPaused",
    "inputs": []
  },
  {
    "type": "error",
    "name": "BEAMTimeLock_Paused",
    "inputs": []
  },
  {
    "type": "error",
    "name": "BEAMTimeLock_ZeroAddress",
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
export const beamTimeLockBytecode: `0x${string}` = "0x608060405234801561000f575f5ffd5b506040516124e03803806124e083398101604081905261002e91610426565b8383838361003c5f30610212565b506001600160a01b03811615610058576100565f82610212565b505b5f5b83518110156100ec576100ac7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc1858381518110610099576100996104a5565b602002602001015161021260201b60201c565b506100e37ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f783858381518110610099576100996104a5565b5060010161005a565b505f5b82518110156101375761012e7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e63848381518110610099576100996104a5565b506001016100ef565b506002849055604080515f8152602081018690527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a15050506001600160a01b03821690506101be576040516391977f1160e01b815260206004820152600560248201526430b236b4b760d91b604482015260640160405180910390fd5b5f5b8351811015610208576101ff7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a858381518110610099576100996104a5565b506001016101c0565b50505050506104b9565b5f61021d8383610226565b90505b92915050565b5f806102328484610259565b9050801561021d575f8481526003602052604090206102519084610300565b509392505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166102f9575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102b13390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610220565b505f610220565b5f61021d836001600160a01b0384165f8181526001830160205260408120546102f957508154600181810184555f848152602080822090930184905584548482528286019093526040902091909155610220565b634e487b7160e01b5f52604160045260245ffd5b80516001600160a01b038116811461037e575f5ffd5b919050565b5f82601f830112610392575f5ffd5b81516001600160401b038111156103ab576103ab610354565b604051600582901b90603f8201601f191681016001600160401b03811182821017156103d9576103d9610354565b6040529182526020818501810192908101868411156103f6575f5ffd5b6020860192505b8383101561041c5761040e83610368565b8152602092830192016103fd565b5095945050505050565b5f5f5f5f60808587031215610439575f5ffd5b845160208601519094506001600160401b03811115610456575f5ffd5b61046287828801610383565b604087015190945090506001600160401b0381111561047f575f5ffd5b61048b87828801610383565b92505061049a60608601610368565b905092959194509250565b634e487b7160e01b5f52603260045260245ffd5b61201a806104c65f395ff3fe60806040526004361061020a575f3560e01c80638456cb5911610113578063bc197c811161009d578063d547741f1161006d578063d547741f14610677578063e38335e514610696578063e63ab1e9146106a9578063f23a6e61146106dc578063f27a0c9214610707575f5ffd5b8063bc197c81146105e3578063c4d252f51461060e578063ca15c8731461062d578063d45c44351461064c575f5ffd5b806391d14854116100e357806391d1485414610533578063a217fddf14610552578063a3246ad314610565578063b08e51c014610591578063b1c5f427146105c4575f5ffd5b80638456cb59146104965780638f2a0bb0146104aa5780638f61f4f5146104c95780639010d07c146104fc575f5ffd5b806331d50750116101945780635c975abb116101645780635c975abb146103fd57806364d6235314610416578063659495a0146104355780637958004c1461044b5780638065657f14610477575f5ffd5b806331d507501461038c57806336568abe146103ab5780633f4ba83a146103ca578063584b153e146103de575f5ffd5b806313bc9f20116101da57806313bc9f20146102be578063150b7a02146102dd578063248a9ca3146103205780632ab0f5291461034e5780632f2ff15d1461036d575f5ffd5b806301d5062a1461021557806301ffc9a71461023657806307bd02651461026a578063134008d3146102ab575f5ffd5b3661021157005b5f5ffd5b348015610220575f5ffd5b5061023461022f366004611783565b61071b565b005b348015610241575f5ffd5b506102556102503660046117f1565b610757565b60405190151581526020015b60405180910390f35b348015610275575f5ffd5b5061029d7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e6381565b604051908152602001610261565b6102346102b9366004611818565b610781565b3480156102c9575f5ffd5b506102556102d836600461187e565b6107bb565b3480156102e8575f5ffd5b506103076102f7366004611944565b630a85bd0160e11b949350505050565b6040516001600160e01b03199091168152602001610261565b34801561032b575f5ffd5b5061029d61033a36600461187e565b5f9081526020819052604090206001015490565b348015610359575f5ffd5b5061025561036836600461187e565b6107e0565b348015610378575f5ffd5b506102346103873660046119a7565b6107e8565b348015610397575f5ffd5b506102556103a636600461187e565b610812565b3480156103b6575f5ffd5b506102346103c53660046119a7565b610836565b3480156103d5575f5ffd5b5061023461086e565b3480156103e9575f5ffd5b506102556103f836600461187e565b6108d2565b348015610408575f5ffd5b506004546102559060ff1681565b348015610421575f5ffd5b5061023461043036600461187e565b610917565b348015610440575f5ffd5b5061029d6212750081565b348015610456575f5ffd5b5061046a61046536600461187e565b61098a565b60405161026191906119e5565b348015610482575f5ffd5b5061029d610491366004611818565b6109d2565b3480156104a1575f5ffd5b50610234610a10565b3480156104b5575f5ffd5b506102346104c4366004611a4b565b610a98565b3480156104d4575f5ffd5b5061029d7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc181565b348015610507575f5ffd5b5061051b610516366004611afd565b610ad8565b6040516001600160a01b039091168152602001610261565b34801561053e575f5ffd5b5061025561054d3660046119a7565b610aef565b34801561055d575f5ffd5b5061029d5f81565b348015610570575f5ffd5b5061058461057f36600461187e565b610b17565b6040516102619190611b1d565b34801561059c575f5ffd5b5061029d7ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f78381565b3480156105cf575f5ffd5b5061029d6105de366004611b68565b610b30565b3480156105ee575f5ffd5b506103076105fd366004611c91565b63bc197c8160e01b95945050505050565b348015610619575f5ffd5b5061023461062836600461187e565b610b74565b348015610638575f5ffd5b5061029d61064736600461187e565b610c1e565b348015610657575f5ffd5b5061029d61066636600461187e565b5f9081526001602052604090205490565b348015610682575f5ffd5b506102346106913660046119a7565b610c34565b6102346106a4366004611b68565b610c58565b3480156106b4575f5ffd5b5061029d7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b3480156106e7575f5ffd5b506103076106f6366004611d3d565b63f23a6e6160e01b95945050505050565b348015610712575f5ffd5b5060025461029d565b60045460ff161561073f57604051636c937f0f60e01b815260040160405180910390fd5b61074e87878787878787610c96565b50505050505050565b5f6001600160e01b031982166364241d9160e01b148061077b575061077b82610d69565b92915050565b60045460ff16156107a557604051636c937f0f60e01b815260040160405180910390fd5b6107b3868686868686610d8d565b505050505050565b5f60025b6107c88361098a565b60038111156107d9576107d96119d1565b1492915050565b5f60036107bf565b5f8281526020819052604090206001015461080281610e35565b61080c8383610e42565b50505050565b5f8061081d8361098a565b600381111561082e5761082e6119d1565b141592915050565b6001600160a01b038116331461085f5760405163334bd91960e11b815260040160405180910390fd5b6108698282610e4d565b505050565b5f61087881610e35565b60045460ff1661089b57604051630f101aa160e01b815260040160405180910390fd5b6004805460ff1916905560405133907f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa905f90a250565b5f5f6108dd8361098a565b905060018160038111156108f3576108f36119d1565b14806109105750600281600381111561090e5761090e6119d1565b145b9392505050565b333081146109485760405163e2850c5960e01b81526001600160a01b03821660048201526024015b60405180910390fd5b60025460408051918252602082018490527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a150600255565b5f81815260016020526040812054805f036109a757505f92915050565b600181036109b85750600392915050565b428111156109c95750600192915050565b50600292915050565b5f8686868686866040516020016109ee96959493929190611db8565b6040516020818303038152906040528051906020012090509695505050505050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a610a3a81610e35565b60045460ff1615610a5e57604051636c937f0f60e01b815260040160405180910390fd5b6004805460ff1916600117905560405133907f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258905f90a250565b60045460ff1615610abc57604051636c937f0f60e01b815260040160405180910390fd5b610acd898989898989898989610e58565b505050505050505050565b5f8281526003602052604081206109109083610fe4565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f81815260036020526040902060609061077b90610fef565b5f8888888888888888604051602001610b50989796959493929190611e88565b60405160208183030381529060405280519060200120905098975050505050505050565b7ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f783610b9e81610e35565b610ba7826108d2565b610be35781610bb66002610ffb565b610bc06001610ffb565b604051635ead8eb560e01b8152600481019390935217602482015260440161093f565b5f828152600160205260408082208290555183917fbaa1eb22f2a492ba1a5fea61b8df4d27c6c8b5f3971e63bb58fa14ff72eedb7091a25050565b5f81815260036020526040812061077b9061101d565b5f82815260208190526040902060010154610c4e81610e35565b61080c8383610e4d565b60045460ff1615610c7c57604051636c937f0f60e01b815260040160405180910390fd5b610c8c8888888888888888611026565b5050505050505050565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc1610cc081610e35565b5f610ccf8989898989896109d2565b9050610cdb81846111a7565b5f817f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8b8b8b8b8b8a604051610d1696959493929190611db8565b60405180910390a38315610acd57807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d038785604051610d5691815260200190565b60405180910390a2505050505050505050565b5f6001600160e01b03198216635a05180f60e01b148061077b575061077b82611238565b7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e63610db8815f610aef565b610dc657610dc68133611242565b5f610dd58888888888886109d2565b9050610de1818561127f565b610ded888888886112cd565b5f817fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b588a8a8a8a604051610e249493929190611f27565b60405180910390a3610c8c81611338565b610e3f8133611242565b50565b5f6109108383611363565b5f6109108383611396565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc1610e8281610e35565b8887141580610e915750888514155b15610ec3576040516001624fcdef60e01b03198152600481018a9052602481018690526044810188905260640161093f565b5f610ed48b8b8b8b8b8b8b8b610b30565b9050610ee081846111a7565b5f5b8a811015610f955780827f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8e8e85818110610f1f57610f1f611f4e565b9050602002016020810190610f349190611f62565b8d8d86818110610f4657610f46611f4e565b905060200201358c8c87818110610f5f57610f5f611f4e565b9050602002810190610f719190611f7b565b8c8b604051610f8596959493929190611db8565b60405180910390a3600101610ee2565b508315610fd757807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d038785604051610fce91815260200190565b60405180910390a25b5050505050505050505050565b5f61091083836113c1565b60605f610910836113e7565b5f81600381111561100e5761100e6119d1565b600160ff919091161b92915050565b5f61077b825490565b7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e63611051815f610aef565b61105f5761105f8133611242565b878614158061106e5750878414155b156110a0576040516001624fcdef60e01b0319815260048101899052602481018590526044810187905260640161093f565b5f6110b18a8a8a8a8a8a8a8a610b30565b90506110bd818561127f565b5f5b89811015611191575f8b8b838181106110da576110da611f4e565b90506020020160208101906110ef9190611f62565b90505f8a8a8481811061110457611104611f4e565b905060200201359050365f8a8a8681811061112157611121611f4e565b90506020028101906111339190611f7b565b91509150611143848484846112cd565b84867fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b588686868660405161117a9493929190611f27565b60405180910390a3505050508060010190506110bf565b5061119b81611338565b50505050505050505050565b6111b082610812565b156111e157816111bf5f610ffb565b604051635ead8eb560e01b81526004810192909252602482015260440161093f565b5f6111eb60025490565b90508082101561121857604051635433660960e01b8152600481018390526024810182905260440161093f565b6112228242611fd1565b5f93845260016020526040909320929092555050565b5f61077b82611440565b61124c8282610aef565b61127b5760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161093f565b5050565b611288826107bb565b61129757816111bf6002610ffb565b80158015906112ac57506112aa816107e0565b155b1561127b5760405163121534c360e31b81526004810182905260240161093f565b5f5f856001600160a01b03168585856040516112ea929190611fe4565b5f6040518083038185875af1925050503d805f8114611324576040519150601f19603f3d011682016040523d82523d5f602084013e611329565b606091505b509150915061074e8282611464565b611341816107bb565b61135057806111bf6002610ffb565b5f90815260016020819052604090912055565b5f5f61136f8484611480565b90508015610910575f84815260036020526040902061138e908461150f565b509392505050565b5f5f6113a28484611523565b90508015610910575f84815260036020526040902061138e908461158c565b5f825f0182815481106113d6576113d6611f4e565b905f5260205f200154905092915050565b6060815f0180548060200260200160405190810160405280929190818152602001828054801561143457602002820191905f5260205f20905b815481526020019060010190808311611420575b50505050509050919050565b5f6001600160e01b03198216630271189760e51b148061077b575061077b826115a0565b60608261147957611474826115d4565b61077b565b508061077b565b5f61148b8383610aef565b611508575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556114c03390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161077b565b505f61077b565b5f610910836001600160a01b0384166115fc565b5f61152e8383610aef565b15611508575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161077b565b5f610910836001600160a01b038416611641565b5f6001600160e01b03198216637965db0b60e01b148061077b57506301ffc9a760e01b6001600160e01b031983161461077b565b8051156115e357805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b5f81815260018301602052604081205461150857508154600181810184555f84815260208082209093018490558454848252828601909352604090209190915561077b565b5f818152600183016020526040812054801561171b575f611663600183611ff3565b85549091505f9061167690600190611ff3565b90508082146116d5575f865f01828154811061169457611694611f4e565b905f5260205f200154905080875f0184815481106116b4576116b4611f4e565b5f918252602080832090910192909255918252600188019052604090208390555b85548690806116e6576116e6612006565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f90556001935050505061077b565b5f91505061077b565b80356001600160a01b038116811461173a575f5ffd5b919050565b5f5f83601f84011261174f575f5ffd5b5081356001600160401b03811115611765575f5ffd5b60208301915083602082850101111561177c575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215611799575f5ffd5b6117a288611724565b96506020880135955060408801356001600160401b038111156117c3575f5ffd5b6117cf8a828b0161173f565b989b979a50986060810135976080820135975060a09091013595509350505050565b5f60208284031215611801575f5ffd5b81356001600160e01b031981168114610910575f5ffd5b5f5f5f5f5f5f60a0878903121561182d575f5ffd5b61183687611724565b95506020870135945060408701356001600160401b03811115611857575f5ffd5b61186389828a0161173f565b979a9699509760608101359660809091013595509350505050565b5f6020828403121561188e575f5ffd5b5035919050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156118d1576118d1611895565b604052919050565b5f82601f8301126118e8575f5ffd5b81356001600160401b0381111561190157611901611895565b611914601f8201601f19166020016118a9565b818152846020838601011115611928575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f60808587031215611957575f5ffd5b61196085611724565b935061196e60208601611724565b92506040850135915060608501356001600160401b0381111561198f575f5ffd5b61199b878288016118d9565b91505092959194509250565b5f5f604083850312156119b8575f5ffd5b823591506119c860208401611724565b90509250929050565b634e487b7160e01b5f52602160045260245ffd5b6020810160048310611a0557634e487b7160e01b5f52602160045260245ffd5b91905290565b5f5f83601f840112611a1b575f5ffd5b5081356001600160401b03811115611a31575f5ffd5b6020830191508360208260051b850101111561177c575f5ffd5b5f5f5f5f5f5f5f5f5f60c08a8c031215611a63575f5ffd5b89356001600160401b03811115611a78575f5ffd5b611a848c828d01611a0b565b909a5098505060208a01356001600160401b03811115611aa2575f5ffd5b611aae8c828d01611a0b565b90985096505060408a01356001600160401b03811115611acc575f5ffd5b611ad88c828d01611a0b565b9a9d999c50979a969997986060880135976080810135975060a0013595509350505050565b5f5f60408385031215611b0e575f5ffd5b50508035926020909101359150565b602080825282518282018190525f918401906040840190835b81811015611b5d5783516001600160a01b0316835260209384019390920191600101611b36565b509095945050505050565b5f5f5f5f5f5f5f5f60a0898b031215611b7f575f5ffd5b88356001600160401b03811115611b94575f5ffd5b611ba08b828c01611a0b565b90995097505060208901356001600160401b03811115611bbe575f5ffd5b611bca8b828c01611a0b565b90975095505060408901356001600160401b03811115611be8575f5ffd5b611bf48b828c01611a0b565b999c989b509699959896976060870135966080013595509350505050565b5f82601f830112611c21575f5ffd5b81356001600160401b03811115611c3a57611c3a611895565b8060051b611c4a602082016118a9565b91825260208185018101929081019086841115611c65575f5ffd5b6020860192505b83831015611c87578235825260209283019290910190611c6c565b9695505050505050565b5f5f5f5f5f60a08688031215611ca5575f5ffd5b611cae86611724565b9450611cbc60208701611724565b935060408601356001600160401b03811115611cd6575f5ffd5b611ce288828901611c12565b93505060608601356001600160401b03811115611cfd575f5ffd5b611d0988828901611c12565b92505060808601356001600160401b03811115611d24575f5ffd5b611d30888289016118d9565b9150509295509295909350565b5f5f5f5f5f60a08688031215611d51575f5ffd5b611d5a86611724565b9450611d6860208701611724565b9350604086013592506060860135915060808601356001600160401b03811115611d24575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b60018060a01b038716815285602082015260a060408201525f611ddf60a083018688611d90565b60608301949094525060800152949350505050565b5f8383855260208501945060208460051b820101835f5b86811015611e7c57838303601f19018852813536879003601e19018112611e30575f5ffd5b86016020810190356001600160401b03811115611e4b575f5ffd5b803603821315611e59575f5ffd5b611e64858284611d90565b60209a8b019a90955093909301925050600101611e0b565b50909695505050505050565b60a080825281018890525f8960c08301825b8b811015611ec8576001600160a01b03611eb384611724565b16825260209283019290910190600101611e9a565b5083810360208501528881526001600160fb1b03891115611ee7575f5ffd5b8860051b9150818a60208301370182810360209081016040850152611f0f9082018789611df4565b60608401959095525050608001529695505050505050565b60018060a01b0385168152836020820152606060408201525f611c87606083018486611d90565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215611f72575f5ffd5b61091082611724565b5f5f8335601e19843603018112611f90575f5ffd5b8301803591506001600160401b03821115611fa9575f5ffd5b60200191503681900382131561177c575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b8082018082111561077b5761077b611fbd565b818382375f9101908152919050565b8181038181111561077b5761077b611fbd565b634e487b7160e01b5f52603160045260245ffd";
