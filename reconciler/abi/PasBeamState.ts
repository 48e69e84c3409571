// generated — do not edit. Regenerate with `tsx reconciler/scripts/gen-abi.ts` after `forge build`.
// BeamState from contracts/pas/BeamState.sol (generated as PasBeamState).

export const pasBeamStateAbi = [
  {
    "type": "constructor",
    "inputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "actionsRoles",
    "inputs": [
      {
        "name": "sig",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "outputs": [
      {
        "name": "mask",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "addCBeam",
    "inputs": [
      {
        "name": "cBeam",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "addController",
    "inputs": [
      {
        "name": "controller",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "addInitControllerActions",
    "inputs": [
      {
        "name": "data",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "controller",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "key",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "addInitRateLimits",
    "inputs": [
      {
        "name": "key",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "rateLimits_",
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
    "name": "addRateLimits",
    "inputs": [
      {
        "name": "rateLimits_",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "cBeams",
    "inputs": [
      {
        "name": "cBeam",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "added",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "controllers",
    "inputs": [
      {
        "name": "controller",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "added",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "controllersCBeams",
    "inputs": [
      {
        "name": "controller",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "cBeam",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "allowed",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "delCBeam",
    "inputs": [
      {
        "name": "cBeam",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "delController",
    "inputs": [
      {
        "name": "controller",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "delInitControllerActions",
    "inputs": [
      {
        "name": "key",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "controller",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "delInitRateLimits",
    "inputs": [
      {
        "name": "key",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "rateLimits_",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "delRateLimits",
    "inputs": [
      {
        "name": "rateLimits_",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "deny",
    "inputs": [
      {
        "name": "usr",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "getHop",
    "inputs": [
      {
        "name": "rateLimits_",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "hop_",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getInitRateLimits",
    "inputs": [
      {
        "name": "key",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "rateLimits_",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "defaultRateLimits",
        "type": "tuple",
        "internalType": "struct IBeamState.DefaultRateLimits",
        "components": [
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
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getMaxChange",
    "inputs": [
      {
        "name": "rateLimits_",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "maxChange_",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "hasUserRole",
    "inputs": [
      {
        "name": "usr",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "role",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "outputs": [
      {
        "name": "has",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "hop",
    "inputs": [
      {
        "name": "rateLimits_",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "seconds_",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "initControllerActions",
    "inputs": [
      {
        "name": "key",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "controller",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "enabled",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "initRateLimits",
    "inputs": [
      {
        "name": "key",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "rateLimits_",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
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
    "name": "isActionInRole",
    "inputs": [
      {
        "name": "sig",
        "type": "bytes4",
        "internalType": "bytes4"
      },
      {
        "name": "role",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "outputs": [
      {
        "name": "has",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isControllerActionEnabled",
    "inputs": [
      {
        "name": "key",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "controller",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "ok",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "maxChange",
    "inputs": [
      {
        "name": "rateLimits_",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "wad",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "rateLimits",
    "inputs": [
      {
        "name": "rateLimits_",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "added",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "rateLimitsCBeams",
    "inputs": [
      {
        "name": "rateLimits_",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "cBeam",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "allowed",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "rely",
    "inputs": [
      {
        "name": "usr",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setCBeamForController",
    "inputs": [
      {
        "name": "controller",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "cBeam",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setCBeamForRateLimits",
    "inputs": [
      {
        "name": "rateLimits_",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "cBeam",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setHop",
    "inputs": [
      {
        "name": "rateLimits_",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setMaxChange",
    "inputs": [
      {
        "name": "rateLimits_",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setRoleAction",
    "inputs": [
      {
        "name": "role",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "sig",
        "type": "bytes4",
        "internalType": "bytes4"
      },
      {
        "name": "enabled",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setUserRole",
    "inputs": [
      {
        "name": "who",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "role",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "enabled",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "start",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "stop",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "stopped",
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
    "name": "unsetCBeamForController",
    "inputs": [
      {
        "name": "controller",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "cBeam",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "unsetCBeamForRateLimits",
    "inputs": [
      {
        "name": "rateLimits_",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "cBeam",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "userRoles",
    "inputs": [
      {
        "name": "usr",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "mask",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "wards",
    "inputs": [
      {
        "name": "usr",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "allowed",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "event",
    "name": "AddCBeam",
    "inputs": [
      {
        "name": "cBeam",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "AddController",
    "inputs": [
      {
        "name": "controller",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "AddInitControllerActions",
    "inputs": [
      {
        "name": "key",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "controller",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "AddInitRateLimits",
    "inputs": [
      {
        "name": "key",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "rateLimits_",
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
    "name": "AddRateLimits",
    "inputs": [
      {
        "name": "rateLimits_",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DelCBeam",
    "inputs": [
      {
        "name": "cBeam",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DelController",
    "inputs": [
      {
        "name": "controller",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DelInitControllerActions",
    "inputs": [
      {
        "name": "key",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "controller",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DelInitRateLimits",
    "inputs": [
      {
        "name": "key",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "rateLimits_",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DelRateLimits",
    "inputs": [
      {
        "name": "rateLimits_",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Deny",
    "inputs": [
      {
        "name": "usr",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Rely",
    "inputs": [
      {
        "name": "usr",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "SetCBeamForController",
    "inputs": [
      {
        "name": "controller",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "cBeam",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "SetCBeamForRateLimits",
    "inputs": [
      {
        "name": "rateLimits_",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "cBeam",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "SetHop",
    "inputs": [
      {
        "name": "rateLimits_",
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
    "name": "SetMaxChange",
    "inputs": [
      {
        "name": "rateLimits_",
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
    "name": "SetRoleAction",
    "inputs": [
      {
        "name": "role",
        "type": "uint8",
        "indexed": true,
        "internalType": "uint8"
      },
      {
        "name": "sig",
        "type": "bytes4",
        "indexed": false,
        "internalType": "bytes4"
      },
      {
        "name": "enabled",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "SetUserRole",
    "inputs": [
      {
        "name": "who",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "role",
        "type": "uint8",
        "indexed": true,
        "internalType": "uint8"
      },
      {
        "name": "enabled",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Start",
    "inputs": [],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Stop",
    "inputs": [],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "UnsetCBeamForController",
    "inputs": [
      {
        "name": "controller",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "cBeam",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "UnsetCBeamForRateLimits",
    "inputs": [
      {
        "name": "rateLimits_",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "cBeam",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  }
] as const;

/** Creation bytecode. */
export const pasBeamStateBytecode: `0x${string}` = "0x6080604052348015600e575f5ffd5b50335f8181526020819052604080822060019055517fdd0e34038ac38b2a1ce960229778ac48a8719bc900b6c4f8d0475c6e8b385a609190a2611bea806100545f395ff3fe608060405234801561000f575f5ffd5b506004361061024a575f3560e01c80638ca2bbd211610140578063aa65fb82116100bf578063ca927be911610084578063ca927be91461060b578063d3d99a451461061e578063da8c229e14610631578063e0fc9e9f14610650578063e6780be514610663578063f419993b14610690575f5ffd5b8063aa65fb8214610593578063afe67319146105b2578063bb0f6004146105d1578063be9a6555146105e4578063bf353dbb146105ec575f5ffd5b80639c52a7f1116101055780639c52a7f114610510578063a078f73714610523578063a67c58591461055a578063a6a1b59c1461056d578063a7fc7a0714610580575f5ffd5b80638ca2bbd2146104a55780638edf830b146104b8578063901bb3f3146104cb57806394d32bf8146104ea578063971ec835146104fd575f5ffd5b806365fae35e116101cc57806374d5e1001161019157806374d5e1001461043457806375f12b21146104535780637a14c7d2146104605780637aea86931461047f57806380080dd114610492575f5ffd5b806365fae35e146103a257806366a87e12146103b557806367aff484146103c857806370807a96146103db5780637407af05146103ee575f5ffd5b8063403283df11610212578063403283df146102f5578063478194d014610308578063486d8db51461033257806352d355df146103455780636384113e1461038f575f5ffd5b806307da68f51461024e57806313cc9ade14610258578063342f66c71461028a57806338de8682146102b45780633ae42bbd146102c7575b5f5ffd5b6102566106a3565b005b610277610266366004611935565b600a6020525f908152604090205481565b6040519081526020015b60405180910390f35b61027761029836600461194e565b600660209081525f928352604080842090915290825290205481565b6102566102c2366004611935565b610745565b6102da6102d536600461197f565b6107eb565b60408051825181526020928301519281019290925201610281565b61025661030336600461194e565b61087e565b61027761031636600461194e565b600760209081525f928352604080842090915290825290205481565b610256610340366004611935565b610934565b61037f6103533660046119c7565b6001600160e01b0319919091165f90815260026020526040902054600160ff9092169190911b16151590565b6040519015158152602001610281565b61025661039d36600461194e565b6109d9565b6102566103b0366004611935565b610a8f565b6102566103c3366004611935565b610b01565b6102566103d63660046119fe565b610ba6565b6102566103e936600461194e565b610c51565b61041f6103fc36600461197f565b600860209081525f92835260408084209091529082529020805460019091015482565b60408051928352602083019190915201610281565b610277610442366004611935565b60016020525f908152604090205481565b600c5461037f9060ff1681565b61027761046e366004611935565b60036020525f908152604090205481565b61025661048d36600461197f565b610de0565b6102566104a0366004611935565b610e9a565b6102776104b3366004611935565b610f40565b61037f6104c636600461197f565b610f91565b6102776104d9366004611935565b60056020525f908152604090205481565b6102566104f836600461197f565b610fe0565b61027761050b366004611a3e565b611099565b61025661051e366004611935565b611170565b61037f610531366004611ab1565b6001600160a01b039091165f9081526001602081905260409091205460ff929092161b16151590565b610256610568366004611acb565b6111e1565b61027761057b366004611935565b6112cc565b61025661058e366004611935565b61131b565b6102776105a1366004611b03565b60026020525f908152604090205481565b6102776105c0366004611935565b600b6020525f908152604090205481565b6102566105df36600461194e565b6113c1565b610256611550565b6102776105fa366004611935565b5f6020819052908152604090205481565b610256610619366004611b1c565b6115e6565b61025661062c366004611b44565b6116f8565b61027761063f366004611935565b60046020525f908152604090205481565b61025661065e366004611935565b6117a6565b61037f61067136600461197f565b600960209081525f928352604080842090915290825290205460ff1681565b61025661069e366004611b1c565b61184b565b5f80356001600160e01b03191681526002602090815260408083205433845260019092529091205416151580806106e85750335f908152602081905260409020546001145b61070d5760405162461bcd60e51b815260040161070490611b6d565b60405180910390fd5b600c805460ff191660011790556040517fbedf0f4abfe86d4ffad593d9607fe70e83ea706033d44d24b3b6283cf3fc4f6b905f90a150565b5f80356001600160e01b031916815260026020908152604080832054338452600190925290912054161515808061078a5750335f908152602081905260409020546001145b6107a65760405162461bcd60e51b815260040161070490611b6d565b6001600160a01b0382165f8181526005602052604080822060019055517fb7fde01a6631c3933704fd4fd3f6478e61824517b4f8f38a44bfb6833fd380569190a25050565b6040805180820182525f8082526020918201819052848152600882528281206001600160a01b03851682528252829020825180840190935280548084526001909101549183019190915215801561084457506020810151155b1561087857505f82815260086020908152604080832083805282529182902082518084019093528054835260010154908201525b92915050565b5f80356001600160e01b03191681526002602090815260408083205433845260019092529091205416151580806108c35750335f908152602081905260409020546001145b6108df5760405162461bcd60e51b815260040161070490611b6d565b6001600160a01b038084165f81815260076020908152604080832094871680845294909152808220829055517f24cb0a8dfc169e4fae8f15b169a533e19cc5df2e2c87584105a19479c9e4b2ac9190a3505050565b5f80356001600160e01b03191681526002602090815260408083205433845260019092529091205416151580806109795750335f908152602081905260409020546001145b6109955760405162461bcd60e51b815260040161070490611b6d565b6001600160a01b0382165f81815260056020526040808220829055517f26df186da9bcc987ac27bf06b684c012d0e4bf418a7bc79f275f25f58508b48c9190a25050565b5f80356001600160e01b0319168152600260209081526040808320543384526001909252909120541615158080610a1e5750335f908152602081905260409020546001145b610a3a5760405162461bcd60e51b815260040161070490611b6d565b6001600160a01b038084165f81815260066020908152604080832094871680845294909152808220829055517f3bbb5a7817f562bc7441dd9b52d0167e2acc629ffca3060a4082a36293d968749190a3505050565b335f90815260208190526040902054600114610abd5760405162461bcd60e51b815260040161070490611ba4565b6001600160a01b0381165f8181526020819052604080822060019055517fdd0e34038ac38b2a1ce960229778ac48a8719bc900b6c4f8d0475c6e8b385a609190a250565b5f80356001600160e01b0319168152600260209081526040808320543384526001909252909120541615158080610b465750335f908152602081905260409020546001145b610b625760405162461bcd60e51b815260040161070490611b6d565b6001600160a01b0382165f81815260046020526040808220829055517f29f603f8e53dc8fe148522d21f2ecc0ffb8323185409a4a90f0906dc61d88d539190a25050565b335f90815260208190526040902054600114610bd45760405162461bcd60e51b815260040161070490611ba4565b6001600160a01b0383165f90815260016020526040902054610bf79083836118f8565b6001600160a01b0384165f818152600160209081526040918290209390935551831515815260ff8516927f3cddaa242050783aba68ea7daf09f800417a76ef9648fbfbab2593c9c94c45e9910160405180910390a3505050565b5f80356001600160e01b0319168152600260209081526040808320543384526001909252909120541615158080610c965750335f908152602081905260409020546001145b610cb25760405162461bcd60e51b815260040161070490611b6d565b6001600160a01b0383165f90815260036020526040902054600114610d235760405162461bcd60e51b815260206004820152602160248201527f4265616d53746174652f6e6f742d6578697374696e672d726174654c696d69746044820152607360f81b6064820152608401610704565b6001600160a01b0382165f90815260056020526040902054600114610d8a5760405162461bcd60e51b815260206004820152601c60248201527f4265616d53746174652f6e6f742d6578697374696e672d634265616d000000006044820152606401610704565b6001600160a01b038084165f8181526006602090815260408083209487168084529490915280822060019055517f9d6e9c59afbbb3f29ae91c8bbded878ca85d2c138aff026db1b0523854be69f59190a3505050565b5f80356001600160e01b0319168152600260209081526040808320543384526001909252909120541615158080610e255750335f908152602081905260409020546001145b610e415760405162461bcd60e51b815260040161070490611b6d565b5f8381526008602090815260408083206001600160a01b038616808552925280832083815560010183905551909185917fc87982b53cd6466c0946dc20072a43f8d8261dafc0c9000578957638c43c18ad9190a3505050565b5f80356001600160e01b0319168152600260209081526040808320543384526001909252909120541615158080610edf5750335f908152602081905260409020546001145b610efb5760405162461bcd60e51b815260040161070490611b6d565b6001600160a01b0382165f8181526003602052604080822060019055517f2c4a5291487da6ca424f9336c58ea69da40a5badab43d54c5ab39dc542e4bcd59190a25050565b6001600160a01b0381165f908152600b602052604081205490819003610f8c57505f8052600b6020527fdf7de25b7f1fd6d0b5205f0e18f1f35bd7b8d84cce336588d184533ce43a6f76545b919050565b5f8281526009602090815260408083206001600160a01b038516845290915281205460ff1680610fd957505f83815260096020908152604080832083805290915290205460ff165b9392505050565b5f80356001600160e01b03191681526002602090815260408083205433845260019092529091205416151580806110255750335f908152602081905260409020546001145b6110415760405162461bcd60e51b815260040161070490611b6d565b5f8381526009602090815260408083206001600160a01b0386168085529252808320805460ff1916905551909185917f048316335078539a1bf9454ffe0a433fc2bb5738542d92710d21a81fbf8df9db9190a3505050565b5f80356001600160e01b031916815260026020908152604080832054338452600190925282205416151580806110dd5750335f908152602081905260409020546001145b6110f95760405162461bcd60e51b815260040161070490611b6d565b8484604051611109929190611bdb565b604080519182900382205f818152600960209081528382206001600160a01b0389168084529152928120805460ff19166001179055909450909184917fe097306657870f1c13929112dcd0ad42b8e41a819e63bb53c4a1b11d5bf59c7891a3509392505050565b335f9081526020819052604090205460011461119e5760405162461bcd60e51b815260040161070490611ba4565b6001600160a01b0381165f81815260208190526040808220829055517f184450df2e323acec0ed3b5c7531b81f9b4cdef7914dfd4c0a4317416bb5251b9190a250565b5f80356001600160e01b03191681526002602090815260408083205433845260019092529091205416151580806112265750335f908152602081905260409020546001145b6112425760405162461bcd60e51b815260040161070490611b6d565b60408051808201825284815260208082018581525f898152600883528481206001600160a01b038a1680835293528490209251835551600190920191909155905186907f2f28a70084cd7a0b15c322c46431d8581a1eb1e36f031c7b26c14f6bc22030e3906112bd9087908790918252602082015260400190565b60405180910390a35050505050565b6001600160a01b0381165f908152600a602052604081205490819003610f8c5750505f8052600a6020527f13da86008ba1c6922daee3e07db95305ef49ebced9f5467a0b8613fcc6b343e35490565b5f80356001600160e01b03191681526002602090815260408083205433845260019092529091205416151580806113605750335f908152602081905260409020546001145b61137c5760405162461bcd60e51b815260040161070490611b6d565b6001600160a01b0382165f8181526004602052604080822060019055517fc187ac4977e802e627f1d633bbe3561806983fdbbde5904319f329bc0516365a9190a25050565b5f80356001600160e01b03191681526002602090815260408083205433845260019092529091205416151580806114065750335f908152602081905260409020546001145b6114225760405162461bcd60e51b815260040161070490611b6d565b6001600160a01b0383165f908152600460205260409020546001146114935760405162461bcd60e51b815260206004820152602160248201527f4265616d53746174652f6e6f742d6578697374696e672d636f6e74726f6c6c656044820152603960f91b6064820152608401610704565b6001600160a01b0382165f908152600560205260409020546001146114fa5760405162461bcd60e51b815260206004820152601c60248201527f4265616d53746174652f6e6f742d6578697374696e672d634265616d000000006044820152606401610704565b6001600160a01b038084165f8181526007602090815260408083209487168084529490915280822060019055517fbd2fef67ff976a85c149699a6381c5c67b56e672d4f0fdf709dba5aee1918f319190a3505050565b5f80356001600160e01b03191681526002602090815260408083205433845260019092529091205416151580806115955750335f908152602081905260409020546001145b6115b15760405162461bcd60e51b815260040161070490611b6d565b600c805460ff191690556040517f1b55ba3aa851a46be3b365aee5b5c140edd620d578922f3e8466d2cbd96f954b905f90a150565b5f80356001600160e01b031916815260026020908152604080832054338452600190925290912054161515808061162b5750335f908152602081905260409020546001145b6116475760405162461bcd60e51b815260040161070490611b6d565b670de0b6b3a764000082101561169f5760405162461bcd60e51b815260206004820152601c60248201527f4265616d53746174652f6d61784368616e67652d62656c6f772d3178000000006044820152606401610704565b6001600160a01b0383165f818152600b602052604090819020849055517f4f5736b8d3cb02079e7b029deaa2e7ba5b8db860cca8c7ecea73f35e70590c8f906116eb9085815260200190565b60405180910390a2505050565b335f908152602081905260409020546001146117265760405162461bcd60e51b815260040161070490611ba4565b6001600160e01b031982165f9081526002602052604090205461174a9084836118f8565b6001600160e01b031983165f818152600260209081526040918290209390935580519182528315159282019290925260ff8516917fb4e04dc5f1204858bb669563818a138ac60cf334e9d8f9a5149a232775b4417891016116eb565b5f80356001600160e01b03191681526002602090815260408083205433845260019092529091205416151580806117eb5750335f908152602081905260409020546001145b6118075760405162461bcd60e51b815260040161070490611b6d565b6001600160a01b0382165f81815260036020526040808220829055517f257960f7fca4d3225d73f1ee4945bcf7a8e883638d05d4591e3042c9127f42b09190a25050565b5f80356001600160e01b03191681526002602090815260408083205433845260019092529091205416151580806118905750335f908152602081905260409020546001145b6118ac5760405162461bcd60e51b815260040161070490611b6d565b6001600160a01b0383165f818152600a602052604090819020849055517f8aae9c6d6d990871eede637775f0fe522252d829b7545a5e7534409c73000251906116eb9085815260200190565b5f8161190d57600160ff84161b198416611917565b600160ff84161b84175b949350505050565b80356001600160a01b0381168114610f8c575f5ffd5b5f60208284031215611945575f5ffd5b610fd98261191f565b5f5f6040838503121561195f575f5ffd5b6119688361191f565b91506119766020840161191f565b90509250929050565b5f5f60408385031215611990575f5ffd5b823591506119766020840161191f565b80356001600160e01b031981168114610f8c575f5ffd5b803560ff81168114610f8c575f5ffd5b5f5f604083850312156119d8575f5ffd5b6119e1836119a0565b9150611976602084016119b7565b80358015158114610f8c575f5ffd5b5f5f5f60608486031215611a10575f5ffd5b611a198461191f565b9250611a27602085016119b7565b9150611a35604085016119ef565b90509250925092565b5f5f5f60408486031215611a50575f5ffd5b833567ffffffffffffffff811115611a66575f5ffd5b8401601f81018613611a76575f5ffd5b803567ffffffffffffffff811115611a8c575f5ffd5b866020828401011115611a9d575f5ffd5b602091820194509250611a3590850161191f565b5f5f60408385031215611ac2575f5ffd5b6119e18361191f565b5f5f5f5f60808587031215611ade575f5ffd5b84359350611aee6020860161191f565b93969395505050506040820135916060013590565b5f60208284031215611b13575f5ffd5b610fd9826119a0565b5f5f60408385031215611b2d575f5ffd5b611b368361191f565b946020939093013593505050565b5f5f5f60608486031215611b56575f5ffd5b611b5f846119b7565b9250611a27602085016119a0565b6020808252601d908201527f4265616d53746174652f726f6c652d6e6f742d617574686f72697a6564000000604082015260600190565b60208082526018908201527f4265616d53746174652f6e6f742d617574686f72697a65640000000000000000604082015260600190565b818382375f910190815291905056";
