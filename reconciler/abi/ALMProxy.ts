// generated — do not edit. Regenerate with `tsx reconciler/scripts/gen-abi.ts` after `forge build`.
// ALMProxy from contracts/src/pau/ALMProxy.sol.

export const almProxyAbi = [
  {
    "type": "constructor",
    "inputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "receive",
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "CONTROLLER",
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
    "name": "doCall",
    "inputs": [
      {
        "name": "target",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "data",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "result",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "doCallWithValue",
    "inputs": [
      {
        "name": "target",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "data",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "result",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "doDelegateCall",
    "inputs": [
      {
        "name": "target",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "data",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "result",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "stateMutability": "nonpayable"
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
    "type": "event",
    "name": "Forwarded",
    "inputs": [
      {
        "name": "caller",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "target",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "value",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "selector",
        "type": "bytes4",
        "indexed": false,
        "internalType": "bytes4"
      },
      {
        "name": "isDelegateCall",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
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
    "type": "error",
    "name": "ALMProxy_ZeroAddress",
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
    "name": "AddressEmptyCode",
    "inputs": [
      {
        "name": "target",
        "type": "address",
        "internalType": "address"
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
    "name": "InsufficientBalance",
    "inputs": [
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
    "name": "InvalidInitialization",
    "inputs": []
  },
  {
    "type": "error",
    "name": "NotInitializing",
    "inputs": []
  }
] as const;

/** Creation bytecode. */
export const almProxyBytecode: `0x${string}` = "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b6111fc806100d65f395ff3fe6080604052600436106100e7575f3560e01c80639010d07c11610087578063ca15c87311610057578063ca15c87314610292578063d547741f146102b1578063d71f93f8146102d0578063ee0fc121146102e3575f5ffd5b80639010d07c146101fd57806391d1485414610234578063a217fddf14610253578063a3246ad314610266575f5ffd5b806336568abe116100c257806336568abe146101745780633aada4d214610193578063485cc955146101bf5780638ce4a1f2146101de575f5ffd5b806301ffc9a7146100f2578063248a9ca3146101265780632f2ff15d14610153575f5ffd5b366100ee57005b5f5ffd5b3480156100fd575f5ffd5b5061011161010c366004610e8a565b610303565b60405190151581526020015b60405180910390f35b348015610131575f5ffd5b50610145610140366004610eb1565b61032d565b60405190815260200161011d565b34801561015e575f5ffd5b5061017261016d366004610ee3565b61034d565b005b34801561017f575f5ffd5b5061017261018e366004610ee3565b61036f565b34801561019e575f5ffd5b506101b26101ad366004610f52565b6103a7565b60405161011d9190610fa1565b3480156101ca575f5ffd5b506101726101d9366004610fd6565b610458565b3480156101e9575f5ffd5b506101b26101f8366004610f52565b6105fc565b348015610208575f5ffd5b5061021c610217366004610ffe565b61069e565b6040516001600160a01b03909116815260200161011d565b34801561023f575f5ffd5b5061011161024e366004610ee3565b6106cb565b34801561025e575f5ffd5b506101455f81565b348015610271575f5ffd5b50610285610280366004610eb1565b610701565b60405161011d919061101e565b34801561029d575f5ffd5b506101456102ac366004610eb1565b610731565b3480156102bc575f5ffd5b506101726102cb366004610ee3565b610755565b6101b26102de366004611069565b610771565b3480156102ee575f5ffd5b506101455f51602061119c5f395f51905f5281565b5f6001600160e01b031982166331c167ab60e21b1480610327575061032782610825565b92915050565b5f9081525f5160206111dc5f395f51905f52602052604090206001015490565b6103568261032d565b61035f81610849565b6103698383610856565b50505050565b6001600160a01b03811633146103985760405163334bd91960e11b815260040160405180910390fd5b6103a28282610898565b505050565b60605f51602061119c5f395f51905f526103c081610849565b6103ff8585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506108d192505050565b91506001600160a01b038516337f4e5afda492b910847453923eb077544a8fcf0b11a0bf2275f0f2da16c4aee3f55f61043888886108de565b5f604051610448939291906110bf565b60405180910390a3509392505050565b5f61046161090a565b805490915060ff600160401b820416159067ffffffffffffffff165f811580156104885750825b90505f8267ffffffffffffffff1660011480156104a45750303b155b9050811580156104b2575080155b156104d05760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff1916600117855583156104fa57845460ff60401b1916600160401b1785555b6001600160a01b03871661053e5760405163743af77f60e11b815260206004820152600560248201526430b236b4b760d91b60448201526064015b60405180910390fd5b6001600160a01b0386166105825760405163743af77f60e11b815260206004820152600a60248201526931b7b73a3937b63632b960b11b6044820152606401610535565b61058a610932565b6105945f88610856565b506105ac5f51602061119c5f395f51905f5287610856565b5083156105f357845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050565b60605f51602061119c5f395f51905f5261061581610849565b6106548585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061093c92505050565b91506001600160a01b038516337f4e5afda492b910847453923eb077544a8fcf0b11a0bf2275f0f2da16c4aee3f55f61068d88886108de565b6001604051610448939291906110bf565b5f8281525f5160206111bc5f395f51905f526020819052604082206106c390846109ae565b949350505050565b5f9182525f5160206111dc5f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f8181525f5160206111bc5f395f51905f52602081905260409091206060919061072a906109b9565b9392505050565b5f8181525f5160206111bc5f395f51905f5260208190526040822061072a906109c5565b61075e8261032d565b61076781610849565b6103698383610898565b60605f51602061119c5f395f51905f5261078a81610849565b6107cb8686868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508892506109ce915050565b91506001600160a01b038616337f4e5afda492b910847453923eb077544a8fcf0b11a0bf2275f0f2da16c4aee3f58561080489896108de565b5f604051610814939291906110bf565b60405180910390a350949350505050565b5f6001600160e01b03198216635a05180f60e01b1480610327575061032782610a6e565b6108538133610aa2565b50565b5f5f5160206111bc5f395f51905f52816108708585610adf565b905080156106c3575f85815260208390526040902061088f9085610b87565b50949350505050565b5f5f5160206111bc5f395f51905f52816108b28585610b9b565b905080156106c3575f85815260208390526040902061088f9085610c14565b606061072a83835f6109ce565b5f60048210610902576108f460045f84866110e1565b6108fd91611108565b61072a565b505f92915050565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610327565b61093a610c28565b565b60605f5f846001600160a01b031684604051610958919061113e565b5f60405180830381855af49150503d805f8114610990576040519150601f19603f3d011682016040523d82523d5f602084013e610995565b606091505b50915091506109a5858383610c4d565b95945050505050565b5f61072a8383610ca4565b60605f61072a83610cca565b5f610327825490565b6060814710156109fa5760405163cf47918160e01b815247600482015260248101839052604401610535565b5f5f856001600160a01b03168486604051610a15919061113e565b5f6040518083038185875af1925050503d805f8114610a4f576040519150601f19603f3d011682016040523d82523d5f602084013e610a54565b606091505b5091509150610a64868383610c4d565b9695505050505050565b5f6001600160e01b03198216637965db0b60e01b148061032757506301ffc9a760e01b6001600160e01b0319831614610327565b610aac82826106cb565b610adb5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610535565b5050565b5f5f5160206111dc5f395f51905f52610af884846106cb565b610b77575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055610b2d3390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610327565b5f915050610327565b5092915050565b5f61072a836001600160a01b038416610d23565b5f5f5160206111dc5f395f51905f52610bb484846106cb565b15610b77575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a46001915050610327565b5f61072a836001600160a01b038416610d6f565b610c30610e49565b61093a57604051631afcd79f60e31b815260040160405180910390fd5b606082610c5d576108fd82610e62565b8151158015610c7457506001600160a01b0384163b155b15610c9d57604051639996b31560e01b81526001600160a01b0385166004820152602401610535565b508061072a565b5f825f018281548110610cb957610cb9611154565b905f5260205f200154905092915050565b6060815f01805480602002602001604051908101604052809291908181526020018280548015610d1757602002820191905f5260205f20905b815481526020019060010190808311610d03575b50505050509050919050565b5f818152600183016020526040812054610d6857508154600181810184555f848152602080822090930184905584548482528286019093526040902091909155610327565b505f610327565b5f8181526001830160205260408120548015610b77575f610d91600183611168565b85549091505f90610da490600190611168565b9050808214610e03575f865f018281548110610dc257610dc2611154565b905f5260205f200154905080875f018481548110610de257610de2611154565b5f918252602080832090910192909255918252600188019052604090208390555b8554869080610e1457610e14611187565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f905560019350505050610327565b5f610e5261090a565b54600160401b900460ff16919050565b805115610e7157805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b5f60208284031215610e9a575f5ffd5b81356001600160e01b03198116811461072a575f5ffd5b5f60208284031215610ec1575f5ffd5b5035919050565b80356001600160a01b0381168114610ede575f5ffd5b919050565b5f5f60408385031215610ef4575f5ffd5b82359150610f0460208401610ec8565b90509250929050565b5f5f83601f840112610f1d575f5ffd5b50813567ffffffffffffffff811115610f34575f5ffd5b602083019150836020828501011115610f4b575f5ffd5b9250929050565b5f5f5f60408486031215610f64575f5ffd5b610f6d84610ec8565b9250602084013567ffffffffffffffff811115610f88575f5ffd5b610f9486828701610f0d565b9497909650939450505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f60408385031215610fe7575f5ffd5b610ff083610ec8565b9150610f0460208401610ec8565b5f5f6040838503121561100f575f5ffd5b50508035926020909101359150565b602080825282518282018190525f918401906040840190835b8181101561105e5783516001600160a01b0316835260209384019390920191600101611037565b509095945050505050565b5f5f5f5f6060858703121561107c575f5ffd5b61108585610ec8565b9350602085013567ffffffffffffffff8111156110a0575f5ffd5b6110ac87828801610f0d565b9598909750949560400135949350505050565b9283526001600160e01b03199190911660208301521515604082015260600190565b5f5f858511156110ef575f5ffd5b838611156110fb575f5ffd5b5050820193919092039150565b80356001600160e01b03198116906004841015610b80576001600160e01b031960049490940360031b84901b1690921692915050565b5f82518060208501845e5f920191825250919050565b634e487b7160e01b5f52603260045260245ffd5b8181038181111561032757634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52603160045260245ffdfe70546d1c92f8c2132ae23a23f5177aa8526356051c7510df99f50e012d221529c1f6fe24621ce81ec5827caf0253cadb74709b061630e6b55e8237170593200002dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800";
