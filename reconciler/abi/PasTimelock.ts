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
    "name": "getFirstOperationId",
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
    "name": "getLastOperationId",
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
    "name": "getNextOperationId",
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
    "name": "getOperationExists",
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
    "name": "getOperationLength",
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
    "name": "getOperationPayload",
    "inputs": [
      {
        "name": "id",
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
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getOperationPredecessor",
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
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getOperationSalt",
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
        "type": "bytes32",
        "internalType": "bytes32"
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
    "name": "getOperationTarget",
    "inputs": [
      {
        "name": "id",
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
    "name": "getOperationValue",
    "inputs": [
      {
        "name": "id",
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
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getOperationsCount",
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
    "name": "getPrevOperationId",
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
        "type": "bytes32",
        "internalType": "bytes32"
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
export const pasTimelockBytecode: `0x${string}` = "0x608060405234801561000f575f5ffd5b50604051612c78380380612c7883398101604081905261002e9161032c565b604080515f8082526020820181815282840190935284929084906100529030610202565b506001600160a01b0381161561006e5761006c5f82610202565b505b5f5b8351811015610102576100c27fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc18583815181106100af576100af610366565b602002602001015161020260201b60201c565b506100f97ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f7838583815181106100af576100af610366565b50600101610070565b505f5b825181101561013a576101315f516020612c585f395f51905f528483815181106100af576100af610366565b50600101610105565b506002849055604080515f8152602081018690527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a15050506001600160a01b03821690506101d85760405162461bcd60e51b815260206004820152601b60248201527f54696d656c6f636b2f61646d696e2d7a65726f2d616464726573730000000000604482015260640160405180910390fd5b6101e25f306102ab565b506101fa5f516020612c585f395f51905f525f610202565b50505061037a565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166102a2575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561025a3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102a5565b505f5b92915050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16156102a2575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016102a5565b5f5f6040838503121561033d575f5ffd5b825160208401519092506001600160a01b038116811461035b575f5ffd5b809150509250929050565b634e487b7160e01b5f52603260045260245ffd5b6128d1806103875f395ff3fe608060405260043610610278575f3560e01c80638456cb591161014a578063bc197c81116100be578063e38335e511610078578063e38335e51461083f578063e63ab1e914610852578063eff9f61714610885578063f23a6e6114610899578063f27a0c92146108c4578063fa8b140c146108d8575f5ffd5b8063bc197c8114610769578063c14f8d0714610794578063c4d252f5146107c2578063d45c4435146107e1578063d547741f1461080c578063dd1033f81461082b575f5ffd5b806392d741371161010f57806392d7413714610699578063a217fddf146106ad578063a8936e07146106c0578063b08e51c0146106eb578063b1c5f4271461071e578063babaf1b21461073d575f5ffd5b80638456cb59146105dd5780638b392338146105f15780638f2a0bb0146106285780638f61f4f51461064757806391d148541461067a575f5ffd5b806331d50750116101ec5780635c975abb116101a65780635c975abb1461050f57806364d62353146105265780636e3cc91514610545578063704af642146105735780637958004c146105925780638065657f146105be575f5ffd5b806331d507501461045157806336568abe146104705780633f4ba83a1461048f5780634fbd5f91146104a35780634fbf92b1146104d1578063584b153e146104f0575f5ffd5b8063150b7a021161023d578063150b7a021461034b578063248a9ca31461038e578063279412c5146103bc5780632aa55306146103e85780632ab0f529146104135780632f2ff15d14610432575f5ffd5b806301d5062a1461028357806301ffc9a7146102a457806307bd0265146102d8578063134008d31461031957806313bc9f201461032c575f5ffd5b3661027f57005b5f5ffd5b34801561028e575f5ffd5b506102a261029d366004611d68565b610906565b005b3480156102af575f5ffd5b506102c36102be366004611dd6565b610953565b60405190151581526020015b60405180910390f35b3480156102e3575f5ffd5b5061030b7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e6381565b6040519081526020016102cf565b6102a2610327366004611dfd565b610963565b348015610337575f5ffd5b506102c3610346366004611e63565b6109ab565b348015610356575f5ffd5b50610375610365366004611f29565b630a85bd0160e11b949350505050565b6040516001600160e01b031990911681526020016102cf565b348015610399575f5ffd5b5061030b6103a8366004611e63565b5f9081526020819052604090206001015490565b3480156103c7575f5ffd5b506103db6103d6366004611e63565b6109d0565b6040516102cf919061204e565b3480156103f3575f5ffd5b5061030b610402366004611e63565b5f9081526009602052604090205490565b34801561041e575f5ffd5b506102c361042d366004611e63565b610bb5565b34801561043d575f5ffd5b506102a261044c3660046120fc565b610bbd565b34801561045c575f5ffd5b506102c361046b366004611e63565b610be7565b34801561047b575f5ffd5b506102a261048a3660046120fc565b610c0b565b34801561049a575f5ffd5b506102a2610c43565b3480156104ae575f5ffd5b5061030b6104bd366004611e63565b5f9081526009602052604090206003015490565b3480156104dc575f5ffd5b5061030b6104eb366004612126565b610c58565b3480156104fb575f5ffd5b506102c361050a366004611e63565b610c8b565b34801561051a575f5ffd5b5060035460ff166102c3565b348015610531575f5ffd5b506102a2610540366004611e63565b610cd0565b348015610550575f5ffd5b5061030b61055f366004611e63565b5f9081526009602052604090206004015490565b34801561057e575f5ffd5b506102a261058d366004611e63565b610d3e565b34801561059d575f5ffd5b506105b16105ac366004611e63565b610d98565b6040516102cf919061215a565b3480156105c9575f5ffd5b5061030b6105d8366004611dfd565b610de6565b3480156105e8575f5ffd5b506102a2610e24565b3480156105fc575f5ffd5b5061061061060b366004612126565b610e56565b6040516001600160a01b0390911681526020016102cf565b348015610633575f5ffd5b506102a26106423660046121c0565b610e90565b348015610652575f5ffd5b5061030b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc181565b348015610685575f5ffd5b506102c36106943660046120fc565b611065565b3480156106a4575f5ffd5b5060045461030b565b3480156106b8575f5ffd5b5061030b5f81565b3480156106cb575f5ffd5b5061030b6106da366004611e63565b5f9081526007602052604090205490565b3480156106f6575f5ffd5b5061030b7ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f78381565b348015610729575f5ffd5b5061030b610738366004612272565b61108d565b348015610748575f5ffd5b5061075c610757366004612126565b6110d1565b6040516102cf919061231c565b348015610774575f5ffd5b506103756107833660046123ba565b63bc197c8160e01b95945050505050565b34801561079f575f5ffd5b506102c36107ae366004611e63565b5f9081526008602052604090205460ff1690565b3480156107cd575f5ffd5b506102a26107dc366004611e63565b61118e565b3480156107ec575f5ffd5b5061030b6107fb366004611e63565b5f9081526001602052604090205490565b348015610817575f5ffd5b506102a26108263660046120fc565b6111a8565b348015610836575f5ffd5b5060065461030b565b6102a261084d366004612272565b6111cc565b34801561085d575f5ffd5b5061030b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b348015610890575f5ffd5b5060055461030b565b3480156108a4575f5ffd5b506103756108b3366004612466565b63f23a6e6160e01b95945050505050565b3480156108cf575f5ffd5b5060025461030b565b3480156108e3575f5ffd5b5061030b6108f2366004611e63565b5f9081526007602052604090206001015490565b60405162461bcd60e51b815260206004820152601a60248201527f54696d656c6f636b2f7573652d7363686564756c65426174636800000000000060448201526064015b60405180910390fd5b5f61095d82611206565b92915050565b60405162461bcd60e51b815260206004820152601960248201527f54696d656c6f636b2f7573652d65786563757465426174636800000000000000604482015260640161094a565b5f60025b6109b883610d98565b60038111156109c9576109c9612146565b1492915050565b610a006040518060a001604052806060815260200160608152602001606081526020015f81526020015f81525090565b5f828152600960209081526040918290208251815460c09381028201840190945260a081018481529093919284928491840182828015610a6757602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610a49575b5050505050815260200160018201805480602002602001604051908101604052809291908181526020018280548015610abd57602002820191905f5260205f20905b815481526020019060010190808311610aa9575b5050505050815260200160028201805480602002602001604051908101604052809291908181526020015f905b82821015610b92578382905f5260205f20018054610b07906124b9565b80601f0160208091040260200160405190810160405280929190818152602001828054610b33906124b9565b8015610b7e5780601f10610b5557610100808354040283529160200191610b7e565b820191905f5260205f20905b815481529060010190602001808311610b6157829003601f168201915b505050505081526020019060010190610aea565b505050508152602001600382015481526020016004820154815250509050919050565b5f60036109af565b5f82815260208190526040902060010154610bd78161122a565b610be18383611234565b50505050565b5f80610bf283610d98565b6003811115610c0357610c03612146565b141592915050565b6001600160a01b0381163314610c345760405163334bd91960e11b815260040160405180910390fd5b610c3e82826112c3565b505050565b5f610c4d8161122a565b610c5561132c565b50565b5f828152600960205260408120600101805483908110610c7a57610c7a6124eb565b905f5260205f200154905092915050565b5f5f610c9683610d98565b90506001816003811115610cac57610cac612146565b1480610cc957506002816003811115610cc757610cc7612146565b145b9392505050565b33308114610cfc5760405163e2850c5960e01b81526001600160a01b038216600482015260240161094a565b60025460408051918252602082018490527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a150600255565b5f610d488161122a565b6040516364d6235360e01b81526004810183905230906364d62353906024015f604051808303815f87803b158015610d7e575f5ffd5b505af1158015610d90573d5f5f3e3d5ffd5b505050505050565b5f81815260016020526040812054805f03610db557505f92915050565b60018103610dc65750600392915050565b42811115610dd75750600192915050565b50600292915050565b50919050565b5f868686868686604051602001610e0296959493929190612527565b6040516020818303038152906040528051906020012090509695505050505050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a610e4e8161122a565b610c5561137e565b5f828152600960205260408120805483908110610e7557610e756124eb565b5f918252602090912001546001600160a01b03169392505050565b610e986113bb565b5f5b88811015610f2857308a8a83818110610eb557610eb56124eb565b9050602002016020810190610eca9190612563565b6001600160a01b031603610f205760405162461bcd60e51b815260206004820152601c60248201527f54696d656c6f636b2f73656c662d63616c6c732d64697361626c656400000000604482015260640161094a565b600101610e9a565b50610f3a8989898989898989896113e1565b5f610f4b8a8a8a8a8a8a8a8a61108d565b9050610f568161156d565b6040518060a001604052808b8b808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152505050908252506040805160208b810282810182019093528b82529283019290918c918c9182918501908490808284375f92019190915250505090825250602001610fda878961257c565b8152602080820187905260409182018690525f848152600982529190912082518051919261100d92849290910190611b80565b5060208281015180516110269260018501920190611be3565b5060408201518051611042916002840191602090910190611c1c565b506060820151600382015560809091015160049091015550505050505050505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f88888888888888886040516020016110ad989796959493929190612671565b60405160208183030381529060405280519060200120905098975050505050505050565b5f828152600960205260409020600201805460609190839081106110f7576110f76124eb565b905f5260205f2001805461110a906124b9565b80601f0160208091040260200160405190810160405280929190818152602001828054611136906124b9565b80156111815780601f1061115857610100808354040283529160200191611181565b820191905f5260205f20905b81548152906001019060200180831161116457829003601f168201915b5050505050905092915050565b6111966113bb565b61119f816115d5565b610c558161167f565b5f828152602081905260409020600101546111c28161122a565b610be183836112c3565b6111d46113bb565b6111e48888888888888888611787565b6111fc6111f7898989898989898961108d565b61167f565b5050505050505050565b5f6001600160e01b03198216630271189760e51b148061095d575061095d82611908565b610c55813361193c565b5f61123f8383611065565b6112bc575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556112743390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161095d565b505f61095d565b5f6112ce8383611065565b156112bc575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161095d565b611334611979565b6003805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b6113866113bb565b6003805460ff191660011790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586113613390565b60035460ff16156113df5760405163d93c066560e01b815260040160405180910390fd5b565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc161140b8161122a565b888714158061141a5750888514155b1561144c576040516001624fcdef60e01b03198152600481018a9052602481018690526044810188905260640161094a565b5f61145d8b8b8b8b8b8b8b8b61108d565b9050611469818461199c565b5f5b8a81101561151e5780827f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8e8e858181106114a8576114a86124eb565b90506020020160208101906114bd9190612563565b8d8d868181106114cf576114cf6124eb565b905060200201358c8c878181106114e8576114e86124eb565b90506020028101906114fa9190612710565b8c8b60405161150e96959493929190612527565b60405180910390a360010161146b565b50831561156057807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d03878560405161155791815260200190565b60405180910390a25b5050505050505050505050565b5f818152600860205260408120805460ff19166001908117909155600680549192909161159b908490612766565b9091555050600554806115b25760048290556115cf565b5f8281526007602052604080822083905582825290206001018290555b50600555565b7ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f7836115ff8161122a565b61160882610c8b565b61164457816116176002611a2d565b6116216001611a2d565b604051635ead8eb560e01b8152600481019390935217602482015260440161094a565b5f828152600160205260408082208290555183917fbaa1eb22f2a492ba1a5fea61b8df4d27c6c8b5f3971e63bb58fa14ff72eedb7091a25050565b5f8181526007602090815260409182902082518084019093528054808452600190910154918301919091526116bb5760208101516004556116d6565b60208082015182515f90815260079092526040909120600101555b60208101516116e9578051600555611700565b80516020808301515f908152600790915260409020555b5f828152600760209081526040808320838155600190810184905560089092528220805460ff19169055600680549192909161173d908490612779565b90915550505f8281526009602052604081209061175a8282611c6c565b611767600183015f611c6c565b611774600283015f611c87565b505f600382018190556004909101555050565b7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e636117b2815f611065565b6117c0576117c0813361193c565b87861415806117cf5750878414155b15611801576040516001624fcdef60e01b0319815260048101899052602481018590526044810187905260640161094a565b5f6118128a8a8a8a8a8a8a8a61108d565b905061181e8185611a4f565b5f5b898110156118f2575f8b8b8381811061183b5761183b6124eb565b90506020020160208101906118509190612563565b90505f8a8a84818110611865576118656124eb565b905060200201359050365f8a8a86818110611882576118826124eb565b90506020028101906118949190612710565b915091506118a484848484611a9d565b84867fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b58868686866040516118db949392919061278c565b60405180910390a350505050806001019050611820565b506118fc81611b11565b50505050505050505050565b5f6001600160e01b03198216637965db0b60e01b148061095d57506301ffc9a760e01b6001600160e01b031983161461095d565b6119468282611065565b6119755760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161094a565b5050565b60035460ff166113df57604051638dfc202b60e01b815260040160405180910390fd5b6119a582610be7565b156119d657816119b45f611a2d565b604051635ead8eb560e01b81526004810192909252602482015260440161094a565b5f6119e060025490565b905080821015611a0d57604051635433660960e01b8152600481018390526024810182905260440161094a565b611a178242612766565b5f93845260016020526040909320929092555050565b5f816003811115611a4057611a40612146565b600160ff919091161b92915050565b611a58826109ab565b611a6757816119b46002611a2d565b8015801590611a7c5750611a7a81610bb5565b155b156119755760405163121534c360e31b81526004810182905260240161094a565b5f5f856001600160a01b0316858585604051611aba9291906127bd565b5f6040518083038185875af1925050503d805f8114611af4576040519150601f19603f3d011682016040523d82523d5f602084013e611af9565b606091505b5091509150611b088282611b3c565b50505050505050565b611b1a816109ab565b611b2957806119b46002611a2d565b5f90815260016020819052604090912055565b606082611b5157611b4c82611b58565b61095d565b508061095d565b805115611b6757805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b828054828255905f5260205f20908101928215611bd3579160200282015b82811115611bd357825182546001600160a01b0319166001600160a01b03909116178255602090920191600190910190611b9e565b50611bdf929150611ca2565b5090565b828054828255905f5260205f20908101928215611bd3579160200282015b82811115611bd3578251825591602001919060010190611c01565b828054828255905f5260205f20908101928215611c60579160200282015b82811115611c605782518290611c509082612817565b5091602001919060010190611c3a565b50611bdf929150611cb6565b5080545f8255905f5260205f2090810190610c559190611ca2565b5080545f8255905f5260205f2090810190610c559190611cb6565b5b80821115611bdf575f8155600101611ca3565b80821115611bdf575f611cc98282611cd2565b50600101611cb6565b508054611cde906124b9565b5f825580601f10611ced575050565b601f0160209004905f5260205f2090810190610c559190611ca2565b80356001600160a01b0381168114611d1f575f5ffd5b919050565b5f5f83601f840112611d34575f5ffd5b5081356001600160401b03811115611d4a575f5ffd5b602083019150836020828501011115611d61575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215611d7e575f5ffd5b611d8788611d09565b96506020880135955060408801356001600160401b03811115611da8575f5ffd5b611db48a828b01611d24565b989b979a50986060810135976080820135975060a09091013595509350505050565b5f60208284031215611de6575f5ffd5b81356001600160e01b031981168114610cc9575f5ffd5b5f5f5f5f5f5f60a08789031215611e12575f5ffd5b611e1b87611d09565b95506020870135945060408701356001600160401b03811115611e3c575f5ffd5b611e4889828a01611d24565b979a9699509760608101359660809091013595509350505050565b5f60208284031215611e73575f5ffd5b5035919050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b0381118282101715611eb657611eb6611e7a565b604052919050565b5f82601f830112611ecd575f5ffd5b81356001600160401b03811115611ee657611ee6611e7a565b611ef9601f8201601f1916602001611e8e565b818152846020838601011115611f0d575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f60808587031215611f3c575f5ffd5b611f4585611d09565b9350611f5360208601611d09565b92506040850135915060608501356001600160401b03811115611f74575f5ffd5b611f8087828801611ebe565b91505092959194509250565b5f8151808452602084019350602083015f5b82811015611fbc578151865260209586019590910190600101611f9e565b5093949350505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f82825180855260208501945060208160051b830101602085015f5b8381101561204257601f1985840301885261202c838351611fc6565b6020988901989093509190910190600101612010565b50909695505050505050565b6020808252825160a083830152805160c084018190525f929190910190829060e08501905b8083101561209e5783516001600160a01b031682526020938401936001939093019290910190612073565b506020860151858203601f1901604087015292506120bc8184611f8c565b925050506040840151601f198483030160608501526120db8282611ff4565b91505060608401516080840152608084015160a08401528091505092915050565b5f5f6040838503121561210d575f5ffd5b8235915061211d60208401611d09565b90509250929050565b5f5f60408385031215612137575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52602160045260245ffd5b602081016004831061217a57634e487b7160e01b5f52602160045260245ffd5b91905290565b5f5f83601f840112612190575f5ffd5b5081356001600160401b038111156121a6575f5ffd5b6020830191508360208260051b8501011115611d61575f5ffd5b5f5f5f5f5f5f5f5f5f60c08a8c0312156121d8575f5ffd5b89356001600160401b038111156121ed575f5ffd5b6121f98c828d01612180565b909a5098505060208a01356001600160401b03811115612217575f5ffd5b6122238c828d01612180565b90985096505060408a01356001600160401b03811115612241575f5ffd5b61224d8c828d01612180565b9a9d999c50979a969997986060880135976080810135975060a0013595509350505050565b5f5f5f5f5f5f5f5f60a0898b031215612289575f5ffd5b88356001600160401b0381111561229e575f5ffd5b6122aa8b828c01612180565b90995097505060208901356001600160401b038111156122c8575f5ffd5b6122d48b828c01612180565b90975095505060408901356001600160401b038111156122f2575f5ffd5b6122fe8b828c01612180565b999c989b509699959896976060870135966080013595509350505050565b602081525f610cc96020830184611fc6565b5f6001600160401b0382111561234657612346611e7a565b5060051b60200190565b5f82601f83011261235f575f5ffd5b813561237261236d8261232e565b611e8e565b8082825260208201915060208360051b860101925085831115612393575f5ffd5b602085015b838110156123b0578035835260209283019201612398565b5095945050505050565b5f5f5f5f5f60a086880312156123ce575f5ffd5b6123d786611d09565b94506123e560208701611d09565b935060408601356001600160401b038111156123ff575f5ffd5b61240b88828901612350565b93505060608601356001600160401b03811115612426575f5ffd5b61243288828901612350565b92505060808601356001600160401b0381111561244d575f5ffd5b61245988828901611ebe565b9150509295509295909350565b5f5f5f5f5f60a0868803121561247a575f5ffd5b61248386611d09565b945061249160208701611d09565b9350604086013592506060860135915060808601356001600160401b0381111561244d575f5ffd5b600181811c908216806124cd57607f821691505b602082108103610de057634e487b7160e01b5f52602260045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b60018060a01b038716815285602082015260a060408201525f61254e60a0830186886124ff565b60608301949094525060800152949350505050565b5f60208284031215612573575f5ffd5b610cc982611d09565b5f61258961236d8461232e565b8381526020810190600585901b8401368111156125a4575f5ffd5b845b818110156125de5780356001600160401b038111156125c3575f5ffd5b6125cf36828901611ebe565b855250602093840193016125a6565b509095945050505050565b5f8383855260208501945060208460051b820101835f5b8681101561204257838303601f19018852813536879003601e19018112612625575f5ffd5b86016020810190356001600160401b03811115612640575f5ffd5b80360382131561264e575f5ffd5b6126598582846124ff565b60209a8b019a90955093909301925050600101612600565b60a080825281018890525f8960c08301825b8b8110156126b1576001600160a01b0361269c84611d09565b16825260209283019290910190600101612683565b5083810360208501528881526001600160fb1b038911156126d0575f5ffd5b8860051b9150818a602083013701828103602090810160408501526126f890820187896125e9565b60608401959095525050608001529695505050505050565b5f5f8335601e19843603018112612725575f5ffd5b8301803591506001600160401b0382111561273e575f5ffd5b602001915036819003821315611d61575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b8082018082111561095d5761095d612752565b8181038181111561095d5761095d612752565b60018060a01b0385168152836020820152606060408201525f6127b36060830184866124ff565b9695505050505050565b818382375f9101908152919050565b601f821115610c3e57805f5260205f20601f840160051c810160208510156127f15750805b601f840160051c820191505b81811015612810575f81556001016127fd565b5050505050565b81516001600160401b0381111561283057612830611e7a565b6128448161283e84546124b9565b846127cc565b6020601f821160018114612876575f831561285f5750848201515b5f19600385901b1c1916600184901b178455612810565b5f84815260208120601f198516915b828110156128a55787850151825560209485019460019092019101612885565b50848210156128c257868401515f19600387901b60f8161c191681555b50505050600190811b0190555056d8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e63";
