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
export const almProxyBytecode: `0x${string}` = "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b6111d8806100d65f395ff3fe6080604052600436106100e7575f3560e01c80639010d07c11610087578063ca15c87311610057578063ca15c87314610292578063d547741f146102b1578063d71f93f8146102d0578063ee0fc121146102e3575f5ffd5b80639010d07c146101fd57806391d1485414610234578063a217fddf14610253578063a3246ad314610266575f5ffd5b806336568abe116100c257806336568abe146101745780633aada4d214610193578063485cc955146101bf5780638ce4a1f2146101de575f5ffd5b806301ffc9a7146100f2578063248a9ca3146101265780632f2ff15d14610153575f5ffd5b366100ee57005b5f5ffd5b3480156100fd575f5ffd5b5061011161010c366004610e66565b610303565b60405190151581526020015b60405180910390f35b348015610131575f5ffd5b50610145610140366004610e8d565b61032d565b60405190815260200161011d565b34801561015e575f5ffd5b5061017261016d366004610ebf565b61034d565b005b34801561017f575f5ffd5b5061017261018e366004610ebf565b61036f565b34801561019e575f5ffd5b506101b26101ad366004610f2e565b6103a7565b60405161011d9190610f7d565b3480156101ca575f5ffd5b506101726101d9366004610fb2565b610458565b3480156101e9575f5ffd5b506101b26101f8366004610f2e565b6105fc565b348015610208575f5ffd5b5061021c610217366004610fda565b61069e565b6040516001600160a01b03909116815260200161011d565b34801561023f575f5ffd5b5061011161024e366004610ebf565b6106cb565b34801561025e575f5ffd5b506101455f81565b348015610271575f5ffd5b50610285610280366004610e8d565b610701565b60405161011d9190610ffa565b34801561029d575f5ffd5b506101456102ac366004610e8d565b610731565b3480156102bc575f5ffd5b506101726102cb366004610ebf565b610755565b6101b26102de366004611045565b610771565b3480156102ee575f5ffd5b506101455f5160206111785f395f51905f5281565b5f6001600160e01b03198216635a05180f60e01b1480610327575061032782610825565b92915050565b5f9081525f5160206111b85f395f51905f52602052604090206001015490565b6103568261032d565b61035f81610859565b6103698383610866565b50505050565b6001600160a01b03811633146103985760405163334bd91960e11b815260040160405180910390fd5b6103a282826108a8565b505050565b60605f5160206111785f395f51905f526103c081610859565b6103ff8585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506108e192505050565b91506001600160a01b038516337f4e5afda492b910847453923eb077544a8fcf0b11a0bf2275f0f2da16c4aee3f55f61043888886108ee565b5f6040516104489392919061109b565b60405180910390a3509392505050565b5f61046161091a565b805490915060ff600160401b820416159067ffffffffffffffff165f811580156104885750825b90505f8267ffffffffffffffff1660011480156104a45750303b155b9050811580156104b2575080155b156104d05760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff1916600117855583156104fa57845460ff60401b1916600160401b1785555b6001600160a01b03871661053e5760405163743af77f60e11b815260206004820152600560248201526430b236b4b760d91b60448201526064015b60405180910390fd5b6001600160a01b0386166105825760405163743af77f60e11b815260206004820152600a60248201526931b7b73a3937b63632b960b11b6044820152606401610535565b61058a610942565b6105945f88610866565b506105ac5f5160206111785f395f51905f5287610866565b5083156105f357845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050565b60605f5160206111785f395f51905f5261061581610859565b6106548585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061094c92505050565b91506001600160a01b038516337f4e5afda492b910847453923eb077544a8fcf0b11a0bf2275f0f2da16c4aee3f55f61068d88886108ee565b60016040516104489392919061109b565b5f8281525f5160206111985f395f51905f526020819052604082206106c390846109be565b949350505050565b5f9182525f5160206111b85f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f8181525f5160206111985f395f51905f52602081905260409091206060919061072a906109c9565b9392505050565b5f8181525f5160206111985f395f51905f5260208190526040822061072a906109d5565b61075e8261032d565b61076781610859565b61036983836108a8565b60605f5160206111785f395f51905f5261078a81610859565b6107cb8686868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508892506109de915050565b91506001600160a01b038616337f4e5afda492b910847453923eb077544a8fcf0b11a0bf2275f0f2da16c4aee3f58561080489896108ee565b5f6040516108149392919061109b565b60405180910390a350949350505050565b5f6001600160e01b03198216637965db0b60e01b148061032757506301ffc9a760e01b6001600160e01b0319831614610327565b6108638133610a7e565b50565b5f5f5160206111985f395f51905f52816108808585610abb565b905080156106c3575f85815260208390526040902061089f9085610b63565b50949350505050565b5f5f5160206111985f395f51905f52816108c28585610b77565b905080156106c3575f85815260208390526040902061089f9085610bf0565b606061072a83835f6109de565b5f600482106109125761090460045f84866110bd565b61090d916110e4565b61072a565b505f92915050565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610327565b61094a610c04565b565b60605f5f846001600160a01b031684604051610968919061111a565b5f60405180830381855af49150503d805f81146109a0576040519150601f19603f3d011682016040523d82523d5f602084013e6109a5565b606091505b50915091506109b5858383610c29565b95945050505050565b5f61072a8383610c80565b60605f61072a83610ca6565b5f610327825490565b606081471015610a0a5760405163cf47918160e01b815247600482015260248101839052604401610535565b5f5f856001600160a01b03168486604051610a25919061111a565b5f6040518083038185875af1925050503d805f8114610a5f576040519150601f19603f3d011682016040523d82523d5f602084013e610a64565b606091505b5091509150610a74868383610c29565b9695505050505050565b610a8882826106cb565b610ab75760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610535565b5050565b5f5f5160206111b85f395f51905f52610ad484846106cb565b610b53575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055610b093390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610327565b5f915050610327565b5092915050565b5f61072a836001600160a01b038416610cff565b5f5f5160206111b85f395f51905f52610b9084846106cb565b15610b53575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a46001915050610327565b5f61072a836001600160a01b038416610d4b565b610c0c610e25565b61094a57604051631afcd79f60e31b815260040160405180910390fd5b606082610c395761090d82610e3e565b8151158015610c5057506001600160a01b0384163b155b15610c7957604051639996b31560e01b81526001600160a01b0385166004820152602401610535565b508061072a565b5f825f018281548110610c9557610c95611130565b905f5260205f200154905092915050565b6060815f01805480602002602001604051908101604052809291908181526020018280548015610cf357602002820191905f5260205f20905b815481526020019060010190808311610cdf575b50505050509050919050565b5f818152600183016020526040812054610d4457508154600181810184555f848152602080822090930184905584548482528286019093526040902091909155610327565b505f610327565b5f8181526001830160205260408120548015610b53575f610d6d600183611144565b85549091505f90610d8090600190611144565b9050808214610ddf575f865f018281548110610d9e57610d9e611130565b905f5260205f200154905080875f018481548110610dbe57610dbe611130565b5f918252602080832090910192909255918252600188019052604090208390555b8554869080610df057610df0611163565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f905560019350505050610327565b5f610e2e61091a565b54600160401b900460ff16919050565b805115610e4d57805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b5f60208284031215610e76575f5ffd5b81356001600160e01b03198116811461072a575f5ffd5b5f60208284031215610e9d575f5ffd5b5035919050565b80356001600160a01b0381168114610eba575f5ffd5b919050565b5f5f60408385031215610ed0575f5ffd5b82359150610ee060208401610ea4565b90509250929050565b5f5f83601f840112610ef9575f5ffd5b50813567ffffffffffffffff811115610f10575f5ffd5b602083019150836020828501011115610f27575f5ffd5b9250929050565b5f5f5f60408486031215610f40575f5ffd5b610f4984610ea4565b9250602084013567ffffffffffffffff811115610f64575f5ffd5b610f7086828701610ee9565b9497909650939450505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f60408385031215610fc3575f5ffd5b610fcc83610ea4565b9150610ee060208401610ea4565b5f5f60408385031215610feb575f5ffd5b50508035926020909101359150565b602080825282518282018190525f918401906040840190835b8181101561103a5783516001600160a01b0316835260209384019390920191600101611013565b509095945050505050565b5f5f5f5f60608587031215611058575f5ffd5b61106185610ea4565b9350602085013567ffffffffffffffff81111561107c575f5ffd5b61108887828801610ee9565b9598909750949560400135949350505050565b9283526001600160e01b03199190911660208301521515604082015260600190565b5f5f858511156110cb575f5ffd5b838611156110d7575f5ffd5b5050820193919092039150565b80356001600160e01b03198116906004841015610b5c576001600160e01b031960049490940360031b84901b1690921692915050565b5f82518060208501845e5f920191825250919050565b634e487b7160e01b5f52603260045260245ffd5b8181038181111561032757634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52603160045260245ffdfe70546d1c92f8c2132ae23a23f5177aa8526356051c7510df99f50e012d221529c1f6fe24621ce81ec5827caf0253cadb74709b061630e6b55e8237170593200002dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800";
