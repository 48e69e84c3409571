// generated — do not edit. Regenerate with `tsx reconciler/scripts/gen-abi.ts` after `forge build`.
// HaloController from contracts/src/pau/HaloController.sol.

export const haloControllerAbi = [
  {
    "type": "constructor",
    "inputs": [],
    "stateMutability": "nonpayable"
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
    "name": "FREEZER",
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
    "name": "RELAYER",
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
    "name": "UNIT",
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
    "name": "factory",
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
    "name": "freeze",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "frozen",
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
        "name": "admin",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "proxy_",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "rateLimits_",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "freezer",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "factory_",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "isApprovedDestination",
    "inputs": [
      {
        "name": "destination",
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
    "name": "proxy",
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
    "name": "rateLimits",
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
    "name": "receiveFromUnit",
    "inputs": [
      {
        "name": "asset",
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
    "name": "registerUnit",
    "inputs": [
      {
        "name": "unit",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "removeRelayer",
    "inputs": [
      {
        "name": "relayer",
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
    "name": "sendToUnit",
    "inputs": [
      {
        "name": "asset",
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
    "name": "setDestination",
    "inputs": [
      {
        "name": "destination",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "approved",
        "type": "bool",
        "internalType": "bool"
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
    "name": "transferAsset",
    "inputs": [
      {
        "name": "asset",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "destination",
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
    "name": "unfreeze",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "AssetTransferred",
    "inputs": [
      {
        "name": "asset",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "destination",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DestinationSet",
    "inputs": [
      {
        "name": "destination",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "approved",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Frozen",
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
    "name": "RelayerRemoved",
    "inputs": [
      {
        "name": "relayer",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "freezer",
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
    "name": "Unfrozen",
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
    "name": "UnitInflow",
    "inputs": [
      {
        "name": "unit",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "asset",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "UnitOutflow",
    "inputs": [
      {
        "name": "unit",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "asset",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "UnitRegistered",
    "inputs": [
      {
        "name": "unit",
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
    "name": "Controller_DestinationNotApproved",
    "inputs": [
      {
        "name": "destination",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "Controller_Frozen",
    "inputs": []
  },
  {
    "type": "error",
    "name": "Controller_NotFactory",
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
    "name": "Controller_NotRelayer",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "Controller_TransferFailed",
    "inputs": [
      {
        "name": "asset",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "Controller_UnitOnlyViaFactory",
    "inputs": []
  },
  {
    "type": "error",
    "name": "Controller_ZeroAddress",
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
    "name": "Controller_ZeroAmount",
    "inputs": []
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
    "name": "SafeERC20FailedOperation",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
      }
    ]
  }
] as const;

/** Creation bytecode. */
export const haloControllerBytecode: `0x${string}` = "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b611919806100d65f395ff3fe608060405234801561000f575f5ffd5b50600436106101a1575f3560e01c806386f61eee116100f3578063c45a015511610093578063dfec1d971161006e578063dfec1d97146103b1578063e0363a28146103c4578063ec556889146103d7578063f0921594146103e9575f5ffd5b8063c45a015514610378578063ca15c8731461038b578063d547741f1461039e575f5ffd5b80639d8e2177116100ce5780639d8e217714610329578063a217fddf1461033d578063a3246ad314610344578063a46a3cf614610364575f5ffd5b806386f61eee146102d85780639010d07c146102eb57806391d1485414610316575f5ffd5b80632f2ff15d1161015e57806360f0a5ac1161013957806360f0a5ac1461028a57806362a5af3b1461029d57806363b2b2f0146102a55780636a28f000146102d0575f5ffd5b80632f2ff15d1461025157806336568abe14610264578063439e2e4514610277575f5ffd5b806301ffc9a7146101a5578063054f7d9c146101cd5780631459457a146101e15780631643bc64146101f65780632483e71514610209578063248a9ca31461023e575b5f5ffd5b6101b86101b336600461152c565b6103fc565b60405190151581526020015b60405180910390f35b6002546101b890600160a01b900460ff1681565b6101f46101ef36600461156e565b610426565b005b6101f46102043660046115cf565b610654565b6102307fab4f864e5201b0fde9b5ee3e4cf96384802b0ffdfcf7f9de4699ce21a30afc4f81565b6040519081526020016101c4565b61023061024c3660046115e8565b610725565b6101f461025f3660046115ff565b610745565b6101f46102723660046115ff565b610780565b6101f4610285366004611629565b6107b8565b6101f46102983660046115cf565b610904565b6101f46109a6565b6101b86102b33660046115cf565b6001600160a01b03165f9081526003602052604090205460ff1690565b6101f4610a43565b6101f46102e6366004611663565b610a87565b6102fe6102f936600461169c565b610b35565b6040516001600160a01b0390911681526020016101c4565b6101b86103243660046115ff565b610b62565b6102305f5160206118b95f395f51905f5281565b6102305f81565b6103576103523660046115e8565b610b98565b6040516101c491906116bc565b6102305f5160206118d95f395f51905f5281565b6002546102fe906001600160a01b031681565b6102306103993660046115e8565b610bc8565b6101f46103ac3660046115ff565b610bec565b6101f46103bf366004611707565b610c0e565b6101f46103d2366004611707565b610d01565b5f546102fe906001600160a01b031681565b6001546102fe906001600160a01b031681565b5f6001600160e01b031982166333d25d2d60e01b1480610420575061042082610dda565b92915050565b5f61042f610dfe565b805490915060ff600160401b820416159067ffffffffffffffff165f811580156104565750825b90505f8267ffffffffffffffff1660011480156104725750303b155b905081158015610480575080155b1561049e5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff1916600117855583156104c857845460ff60401b1916600160401b1785555b6001600160a01b038a1661050c576040516315f71c8360e31b815260206004820152600560248201526430b236b4b760d91b60448201526064015b60405180910390fd5b6001600160a01b03891661054b576040516315f71c8360e31b815260206004820152600560248201526470726f787960d81b6044820152606401610503565b6001600160a01b03881661058f576040516315f71c8360e31b815260206004820152600a602482015269726174654c696d69747360b01b6044820152606401610503565b610597610e26565b5f80546001600160a01b03808c166001600160a01b0319928316178355600180548c831690841617905560028054918a16919092161790556105d9908b610e30565b506001600160a01b03871615610602576106005f5160206118d95f395f51905f5288610e30565b505b831561064857845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050505050565b6002546001600160a01b03163314158061067757506002546001600160a01b0316155b1561069757604051631cb4879760e01b8152336004820152602401610503565b6001600160a01b0381166106d7576040516315f71c8360e31b8152600401610503906020808252600490820152631d5b9a5d60e21b604082015260600190565b6106ee5f5160206118b95f395f51905f5282610e30565b506040516001600160a01b038216907fb09f5c603bc1a38bab44edbe2250e9cffa41c8103450aec083acd591d0cfdd3a905f90a250565b5f9081525f5160206118f95f395f51905f52602052604090206001015490565b5f5160206118b95f395f51905f528203610772576040516376bfd2df60e01b815260040160405180910390fd5b61077c8282610e72565b5050565b6001600160a01b03811633146107a95760405163334bd91960e11b815260040160405180910390fd5b6107b38282610e8e565b505050565b7fab4f864e5201b0fde9b5ee3e4cf96384802b0ffdfcf7f9de4699ce21a30afc4f6107e281610ec7565b600254600160a01b900460ff161561080d57604051637a8c144360e11b815260040160405180910390fd5b81805f0361082e57604051636c13c71b60e01b815260040160405180910390fd5b6001600160a01b0384165f9081526003602052604090205460ff166108715760405163cb4bbdb760e01b81526001600160a01b0385166004820152602401610503565b6108a561089f7fa786d27dd6b55633e92643ab388e8bd58b3f99934d8d9f0d4aca0d0a8fe3a2958787610ed4565b84610f23565b6108b0858585610f96565b836001600160a01b0316856001600160a01b03167f645e52ee0ce5c05d60f4b051028f29630be7001f5d84cba67fe6872db872cff8856040516108f591815260200190565b60405180910390a35050505050565b5f5160206118d95f395f51905f5261091b81610ec7565b6109457fab4f864e5201b0fde9b5ee3e4cf96384802b0ffdfcf7f9de4699ce21a30afc4f83610e8e565b61096d57604051633d1e3f8360e01b81526001600160a01b0383166004820152602401610503565b60405133906001600160a01b038416907f0bdcf1d6f29aa87af8131cc81dcbb295fcf98d71cfcdc79cc5d965317bae1d0a905f90a35050565b6109bd5f5160206118d95f395f51905f5233610b62565b1580156109d157506109cf5f33610b62565b155b15610a045760405163e2517d3f60e01b81523360048201525f5160206118d95f395f51905f526024820152604401610503565b6002805460ff60a01b1916600160a01b17905560405133907f8a5c4736a33c7b7f29a2c34ea9ff9608afc5718d56f6fd6dcbd2d3711a1a4913905f90a2565b5f610a4d81610ec7565b6002805460ff60a01b1916905560405133907f4feb53e305297ab8fb8f3420c95ea04737addc254a7270d8fc4605d2b9c61dba905f90a250565b5f610a9181610ec7565b6001600160a01b038316610ad6576040516315f71c8360e31b815260206004820152600b60248201526a3232b9ba34b730ba34b7b760a91b6044820152606401610503565b6001600160a01b0383165f81815260036020908152604091829020805460ff191686151590811790915591519182527f17db4c51dfae1471f4adf483c8dd6937a492399abcdd124e944ce789b81403e7910160405180910390a2505050565b5f8281525f5160206118995f395f51905f52602081905260408220610b5a90846110b4565b949350505050565b5f9182525f5160206118f95f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f8181525f5160206118995f395f51905f526020819052604090912060609190610bc1906110bf565b9392505050565b5f8181525f5160206118995f395f51905f52602081905260408220610bc1906110cb565b610bf582610725565b610bfe81610ec7565b610c088383610e8e565b50505050565b5f5160206118b95f395f51905f52610c2581610ec7565b600254600160a01b900460ff1615610c5057604051637a8c144360e11b815260040160405180910390fd5b81805f03610c7157604051636c13c71b60e01b815260040160405180910390fd5b610c9f61089f7fec94bb67ffd629581c186434ae0f50369b9f5ee2248c571c8db7f90b89b0685b8633610ed4565b5f54610cba906001600160a01b0386811691339116866110d4565b6040518381526001600160a01b0385169033907fe433d377e06e9fc4b13524c7a480098a468155a209548ac5b259e1359a378eb5906020015b60405180910390a350505050565b5f5160206118b95f395f51905f52610d1881610ec7565b600254600160a01b900460ff1615610d4357604051637a8c144360e11b815260040160405180910390fd5b81805f03610d6457604051636c13c71b60e01b815260040160405180910390fd5b610d9261089f7f3365d9a49fa778a91bcfca42916e07f782de12cb2a5f8f1b862b1a4bcf35cb608633610ed4565b610d9d843385610f96565b6040518381526001600160a01b0385169033907fffad48ac04028a1f66f1ec9155b9ee09c2dd5e5c879ca017b2ce54b9ecbf8e4690602001610cf3565b5f6001600160e01b03198216635a05180f60e01b148061042057506104208261112e565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610420565b610e2e611162565b565b5f5f5160206118995f395f51905f5281610e4a8585611187565b90508015610b5a575f858152602083905260409020610e699085611228565b50949350505050565b610e7b82610725565b610e8481610ec7565b610c088383610e30565b5f5f5160206118995f395f51905f5281610ea8858561123c565b90508015610b5a575f858152602083905260409020610e6990856112b5565b610ed181336112c9565b50565b5f838383604051602001610f04939291909283526001600160a01b03918216602084015216604082015260600190565b6040516020818303038152906040528051906020012090509392505050565b6001546040516303bf076b60e41b815260048101849052602481018390526001600160a01b0390911690633bf076b0906044016020604051808303815f875af1158015610f72573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107b3919061172f565b5f80546040516001600160a01b0385811660248301526044820185905290911690633aada4d290869060640160408051601f198184030181529181526020820180516001600160e01b031663a9059cbb60e01b179052516001600160e01b031960e085901b16815261100c929190600401611746565b5f604051808303815f875af1158015611027573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261104e919081019061179e565b90505f81515f1461107457602082511015801561106f575060208201516001145b611082565b6001600160a01b0385163b15155b9050806110ad5760405163525c69e360e11b81526001600160a01b0386166004820152602401610503565b5050505050565b5f610bc18383611302565b60605f610bc183611328565b5f610420825490565b604080516001600160a01b0385811660248301528416604482015260648082018490528251808303909101815260849091019091526020810180516001600160e01b03166323b872dd60e01b179052610c08908590611381565b5f6001600160e01b03198216637965db0b60e01b148061042057506301ffc9a760e01b6001600160e01b0319831614610420565b61116a6113ed565b610e2e57604051631afcd79f60e31b815260040160405180910390fd5b5f5f5160206118f95f395f51905f526111a08484610b62565b61121f575f848152602082815260408083206001600160a01b03871684529091529020805460ff191660011790556111d53390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610420565b5f915050610420565b5f610bc1836001600160a01b038416611406565b5f5f5160206118f95f395f51905f526112558484610b62565b1561121f575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a46001915050610420565b5f610bc1836001600160a01b038416611452565b6112d38282610b62565b61077c5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610503565b5f825f01828154811061131757611317611851565b905f5260205f200154905092915050565b6060815f0180548060200260200160405190810160405280929190818152602001828054801561137557602002820191905f5260205f20905b815481526020019060010190808311611361575b50505050509050919050565b5f5f60205f8451602086015f885af1806113a0576040513d5f823e3d81fd5b50505f513d915081156113b75780600114156113c4565b6001600160a01b0384163b155b15610c0857604051635274afe760e01b81526001600160a01b0385166004820152602401610503565b5f6113f6610dfe565b54600160401b900460ff16919050565b5f81815260018301602052604081205461144b57508154600181810184555f848152602080822090930184905584548482528286019093526040902091909155610420565b505f610420565b5f818152600183016020526040812054801561121f575f611474600183611865565b85549091505f9061148790600190611865565b90508082146114e6575f865f0182815481106114a5576114a5611851565b905f5260205f200154905080875f0184815481106114c5576114c5611851565b5f918252602080832090910192909255918252600188019052604090208390555b85548690806114f7576114f7611884565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f905560019350505050610420565b5f6020828403121561153c575f5ffd5b81356001600160e01b031981168114610bc1575f5ffd5b80356001600160a01b0381168114611569575f5ffd5b919050565b5f5f5f5f5f60a08688031215611582575f5ffd5b61158b86611553565b945061159960208701611553565b93506115a760408701611553565b92506115b560608701611553565b91506115c360808701611553565b90509295509295909350565b5f602082840312156115df575f5ffd5b610bc182611553565b5f602082840312156115f8575f5ffd5b5035919050565b5f5f60408385031215611610575f5ffd5b8235915061162060208401611553565b90509250929050565b5f5f5f6060848603121561163b575f5ffd5b61164484611553565b925061165260208501611553565b929592945050506040919091013590565b5f5f60408385031215611674575f5ffd5b61167d83611553565b915060208301358015158114611691575f5ffd5b809150509250929050565b5f5f604083850312156116ad575f5ffd5b50508035926020909101359150565b602080825282518282018190525f918401906040840190835b818110156116fc5783516001600160a01b03168352602093840193909201916001016116d5565b509095945050505050565b5f5f60408385031215611718575f5ffd5b61172183611553565b946020939093013593505050565b5f6020828403121561173f575f5ffd5b5051919050565b60018060a01b0383168152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b634e487b7160e01b5f52604160045260245ffd5b5f602082840312156117ae575f5ffd5b815167ffffffffffffffff8111156117c4575f5ffd5b8201601f810184136117d4575f5ffd5b805167ffffffffffffffff8111156117ee576117ee61178a565b604051601f8201601f19908116603f0116810167ffffffffffffffff8111828210171561181d5761181d61178a565b604052818152828201602001861015611834575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b634e487b7160e01b5f52603260045260245ffd5b8181038181111561042057634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52603160045260245ffdfec1f6fe24621ce81ec5827caf0253cadb74709b061630e6b55e8237170593200008c17eca0e87ee0a14268fdd7a46d674b41ae71d220d9794f7605ab1776c18210ac42a08299cbc4428ec38ad4a8e7d7440779fbbb20ea90bd10c094a406cfa6f02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800";
