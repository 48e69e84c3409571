// generated — do not edit. Regenerate with `tsx reconciler/scripts/gen-abi.ts` after `forge build`.
// NfatDealToken from contracts/src/nfat/NfatDealToken.sol.

export const nfatDealTokenAbi = [
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
    "name": "OPERATOR",
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
    "name": "allowListEnabled",
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
    "name": "approve",
    "inputs": [
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "balanceOf",
    "inputs": [
      {
        "name": "owner",
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
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "deal",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct INfatDealToken.Deal",
        "components": [
          {
            "name": "principal",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "originalPrincipal",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "depositor",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "mintedAt",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "maturity",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "schedule",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "bookId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "termsHash",
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
    "name": "exists",
    "inputs": [
      {
        "name": "tokenId",
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
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "facility",
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
    "name": "getApproved",
    "inputs": [
      {
        "name": "tokenId",
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
        "name": "config",
        "type": "tuple",
        "internalType": "struct INfatDealToken.DealTokenConfig",
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
            "name": "operator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "facility",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "redeem",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "allowListEnabled",
            "type": "bool",
            "internalType": "bool"
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "isAllowed",
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
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isApprovedForAll",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "operator",
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
    "name": "mint",
    "inputs": [
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "data",
        "type": "tuple",
        "internalType": "struct INfatDealToken.Deal",
        "components": [
          {
            "name": "principal",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "originalPrincipal",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "depositor",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "mintedAt",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "maturity",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "schedule",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "bookId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "termsHash",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "outputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
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
    "name": "ownerOf",
    "inputs": [
      {
        "name": "tokenId",
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
    "name": "redeem",
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
    "name": "reducePrincipal",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "remaining",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
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
    "name": "safeTransferFrom",
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
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "safeTransferFrom",
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
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "data",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setAllowListEnabled",
    "inputs": [
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
    "name": "setAllowed",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "allowed",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setApprovalForAll",
    "inputs": [
      {
        "name": "operator",
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
    "name": "tokenURI",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
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
    "name": "totalMinted",
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
    "name": "totalOutstanding",
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
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "AllowListEnabled",
    "inputs": [
      {
        "name": "enabled",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      },
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
    "name": "AllowListed",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "allowed",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      },
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
    "name": "Approval",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "approved",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "tokenId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ApprovalForAll",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "operator",
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
    "name": "DealBurnt",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "holder",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DealMinted",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "depositor",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "bookId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "deal",
        "type": "tuple",
        "indexed": false,
        "internalType": "struct INfatDealToken.Deal",
        "components": [
          {
            "name": "principal",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "originalPrincipal",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "depositor",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "mintedAt",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "maturity",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "schedule",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "bookId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "termsHash",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DealTokenInitialized",
    "inputs": [
      {
        "name": "config",
        "type": "tuple",
        "indexed": false,
        "internalType": "struct INfatDealToken.DealTokenConfig",
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
            "name": "operator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "facility",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "redeem",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "allowListEnabled",
            "type": "bool",
            "internalType": "bool"
          }
        ]
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
    "name": "PrincipalReduced",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "remaining",
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
        "name": "tokenId",
        "type": "uint256",
        "indexed": true,
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
    "name": "DealToken_AllowListRequired",
    "inputs": []
  },
  {
    "type": "error",
    "name": "DealToken_NotFacility",
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
    "name": "DealToken_NotRedeem",
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
    "name": "DealToken_PrincipalUnderflow",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "principal",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "DealToken_ReceiverNotAllowed",
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
    "name": "DealToken_ZeroAddress",
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
    "name": "DealToken_ZeroPrincipal",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ERC721IncorrectOwner",
    "inputs": [
      {
        "name": "sender",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC721InsufficientApproval",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC721InvalidApprover",
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
    "name": "ERC721InvalidOperator",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC721InvalidOwner",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC721InvalidReceiver",
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
    "name": "ERC721InvalidSender",
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
    "name": "ERC721NonexistentToken",
    "inputs": [
      {
        "name": "tokenId",
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
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedUintDowncast",
    "inputs": [
      {
        "name": "bits",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  }
] as const;

/** Creation bytecode. */
export const nfatDealTokenBytecode: `0x${string}` = "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b612c70806100d65f395ff3fe608060405234801561000f575f5ffd5b506004361061021e575f3560e01c80639010d07c1161012a578063babcc539116100b4578063cbc390b311610079578063cbc390b3146104c9578063d547741f146104dc578063e805693d146104ef578063e985e9c514610502578063efeadb6d14610515575f5ffd5b8063babcc53914610445578063be040fb014610470578063c87b56dd14610483578063c959c42b14610496578063ca15c873146104b6575f5ffd5b8063a217fddf116100fa578063a217fddf146103ef578063a22cb465146103f6578063a2309ff814610409578063a3246ad314610412578063b88d4fde14610432575f5ffd5b80639010d07c146103ad57806391d14854146103c057806395d89b41146103d3578063983d2737146103db575f5ffd5b806336568abe116101ab5780634edd8b411161017b5780634edd8b411461034f5780634f558e79146103615780636352211e1461037457806370a08231146103875780637158fbb61461039a575f5ffd5b806336568abe1461030357806342842e0e1461031657806342966c68146103295780634697f05d1461033c575f5ffd5b806316078d04116101f157806316078d041461029f57806322bd5c1c146102b657806323b872dd146102ca578063248a9ca3146102dd5780632f2ff15d146102f0575f5ffd5b806301ffc9a71461022257806306fdde031461024a578063081812fc1461025f578063095ea7b31461028a575b5f5ffd5b610235610230366004612041565b610528565b60405190151581526020015b60405180910390f35b610252610561565b604051610241919061208a565b61027261026d36600461209c565b610602565b6040516001600160a01b039091168152602001610241565b61029d6102983660046120d7565b610616565b005b6102a860035481565b604051908152602001610241565b60015461023590600160a01b900460ff1681565b61029d6102d8366004612101565b610625565b6102a86102eb36600461209c565b6106b3565b61029d6102fe36600461213f565b6106d3565b61029d61031136600461213f565b6106ef565b61029d610324366004612101565b610727565b61029d61033736600461209c565b610741565b61029d61034a366004612185565b6107fb565b5f54610272906001600160a01b031681565b61023561036f36600461209c565b6108b5565b61027261038236600461209c565b6108d1565b6102a86103953660046121b1565b6108db565b6102a86103a83660046121cc565b610933565b6102726103bb3660046121cc565b610a29565b6102356103ce36600461213f565b610a56565b610252610a8c565b6102a85f516020612c305f395f51905f5281565b6102a85f81565b61029d610404366004612185565b610aca565b6102a860025481565b61042561042036600461209c565b610ad5565b60405161024191906121ec565b61029d6104403660046122a6565b610b05565b6102356104533660046121b1565b6001600160a01b03165f9081526004602052604090205460ff1690565b600154610272906001600160a01b031681565b61025261049136600461209c565b610b1d565b6104a96104a436600461209c565b610b8d565b6040516102419190612368565b6102a86104c436600461209c565b610c71565b61029d6104d7366004612403565b610c95565b61029d6104ea36600461213f565b61106c565b6102a86104fd36600461243a565b611088565b61023561051036600461247a565b611185565b61029d6105233660046124a6565b6111d1565b5f6001600160e01b03198216637bab272d60e01b148061054c575061054c826112e3565b8061055b575061055b82611332565b92915050565b5f516020612c105f395f51905f528054606091908190610580906124c1565b80601f01602080910402602001604051908101604052809291908181526020018280546105ac906124c1565b80156105f75780601f106105ce576101008083540402835291602001916105f7565b820191905f5260205f20905b8154815290600101906020018083116105da57829003601f168201915b505050505091505090565b5f61060c82611356565b5061055b8261138d565b6106218282336113c6565b5050565b6001600160a01b03821661065357604051633250574960e11b81525f60048201526024015b60405180910390fd5b5f61065f8383336113d3565b9050836001600160a01b0316816001600160a01b0316146106ad576040516364283d7b60e01b81526001600160a01b038086166004830152602482018490528216604482015260640161064a565b50505050565b5f9081525f516020612c505f395f51905f52602052604090206001015490565b6106dc826106b3565b6106e58161146b565b6106ad8383611478565b6001600160a01b03811633146107185760405163334bd91960e11b815260040160405180910390fd5b61072282826114ba565b505050565b61072283838360405180602001604052805f815250610b05565b6001546001600160a01b0316331461076e5760405163224e809960e11b815233600482015260240161064a565b5f61077882611356565b905060035f81546107889061250d565b909155505f8281526005602052604081208181556001810180546001600160f81b031916905560028101829055600301556107c2826114f3565b6040516001600160a01b0382169083907fde338d7f3497fba47686f8936786c013cb2a27c93f8b4fe4c80df7c26a755c93905f90a35050565b5f516020612c305f395f51905f526108128161146b565b6001600160a01b03831661085357604051632c234bd960e01b81526020600482015260076024820152661858d8dbdd5b9d60ca1b604482015260640161064a565b6001600160a01b0383165f81815260046020908152604091829020805460ff191686151590811790915591519182523392917fdffc8f5de1aa3919dbd7ced603aaa78af49ee8c49a620efbbcfc8de76a073ec0910160405180910390a3505050565b5f806108c08361152b565b6001600160a01b0316141592915050565b5f61055b82611356565b5f5f516020612c105f395f51905f526001600160a01b038316610913576040516322718ad960e21b81525f600482015260240161064a565b6001600160a01b039092165f908152600390920160205250604090205490565b6001545f906001600160a01b031633146109625760405163224e809960e11b815233600482015260240161064a565b61096b83611356565b505f83815260056020526040902080546001600160801b0316808411156109b657604051632bfd233560e21b815260048101869052602481018590526044810182905260640161064a565b6109c08482612522565b92506109cb83611564565b82546001600160801b0319166001600160801b0391909116178255604080518581526020810185905286917f8c86c49fe7c73c864ac5f84d6247c57d1b55e661699aa6bae1316e2145ba83bd910160405180910390a2505092915050565b5f8281525f516020612bf05f395f51905f52602081905260408220610a4e908461159b565b949350505050565b5f9182525f516020612c505f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b7f80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab007930180546060915f516020612c105f395f51905f5291610580906124c1565b6106213383836115a6565b5f8181525f516020612bf05f395f51905f526020819052604090912060609190610afe90611655565b9392505050565b610b10848484610625565b6106ad3385858585611661565b6060610b2882611356565b505f610b3e60408051602081019091525f815290565b90505f815111610b5c5760405180602001604052805f815250610afe565b80610b6684611787565b604051602001610b7792919061254c565b6040516020818303038152906040529392505050565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810191909152610bd682611356565b50505f9081526005602090815260409182902082516101008101845281546001600160801b038082168352600160801b909104169281019290925260018101546001600160a01b03811693830193909352600160a01b830464ffffffffff9081166060840152600160c81b8404166080830152600160f01b90920460ff1660a0820152600282015460c082015260039091015460e082015290565b5f8181525f516020612bf05f395f51905f52602081905260408220610afe90611818565b5f610c9e611821565b805490915060ff600160401b820416159067ffffffffffffffff165f81158015610cc55750825b90505f8267ffffffffffffffff166001148015610ce15750303b155b905081158015610cef575080155b15610d0d5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315610d3757845460ff60401b1916600160401b1785555b5f610d4860608801604089016121b1565b6001600160a01b031603610d8757604051632c234bd960e01b815260206004820152600560248201526430b236b4b760d91b604482015260640161064a565b5f610d9860a08801608089016121b1565b6001600160a01b031603610dda57604051632c234bd960e01b8152602060048201526008602482015267666163696c69747960c01b604482015260640161064a565b5f610deb60c0880160a089016121b1565b6001600160a01b031603610e2b57604051632c234bd960e01b815260206004820152600660248201526572656465656d60d01b604482015260640161064a565b610eb2610e388780612560565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250610e79925050506020890189612560565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061184992505050565b610eba61185b565b610ed35f610ece6060890160408a016121b1565b611478565b505f610ee560808801606089016121b1565b6001600160a01b031614610f1657610f145f516020612c305f395f51905f52610ece6080890160608a016121b1565b505b610f2660a08701608088016121b1565b5f80546001600160a01b0319166001600160a01b0392909216919091179055610f5560c0870160a088016121b1565b600180546001600160a01b0319166001600160a01b0392909216919091179055610f8560e0870160c088016124a6565b60018054911515600160a01b0260ff60a01b199092169190911790556040517f3f6b09064c3591bd265c3448ee4a1bd757456299f37e39472910d1cb0f6c566890610fd1908890612614565b60405180910390a1337f2aec52f0d503fa2439f4bacf74ef2015ef5e3f162abf3a76c8760ddd5177ff2b61100b60e0890160c08a016124a6565b604051901515815260200160405180910390a2831561106457845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b611075826106b3565b61107e8161146b565b6106ad83836114ba565b5f80546001600160a01b031633146110b5576040516301f6071960e31b815233600482015260240161064a565b6110c26020830183612705565b6001600160801b03165f036110ea57604051639ccb791360e01b815260040160405180910390fd5b60025f81546110f890612720565b919050819055905060035f815461110e90612720565b909155505f818152600560205260409020829061112b828261277c565b9050506111388382611865565b8160c00135836001600160a01b0316827f3f2bfe098087d645faa4f0587d441910108230162a1c4ffdfc73f09e9ebf7ff58560405161117791906128c5565b60405180910390a492915050565b6001600160a01b039182165f9081527f80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab00793056020908152604080832093909416825291909152205460ff1690565b5f516020612c305f395f51905f526111e88161146b565b8115801561126a57505f5f9054906101000a90046001600160a01b03166001600160a01b0316634da03c8e6040518163ffffffff1660e01b815260040161014060405180830381865afa158015611241573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061126591906129b5565b60e001515b1561128857604051633975ee3560e11b815260040160405180910390fd5b60018054831515600160a01b0260ff60a01b1990911617905560405133907f2aec52f0d503fa2439f4bacf74ef2015ef5e3f162abf3a76c8760ddd5177ff2b906112d790851515815260200190565b60405180910390a25050565b5f6001600160e01b031982166380ac58cd60e01b148061131357506001600160e01b03198216635b5e139f60e01b145b8061055b57506301ffc9a760e01b6001600160e01b031983161461055b565b5f6001600160e01b03198216635a05180f60e01b148061055b575061055b826118c6565b5f5f6113618361152b565b90506001600160a01b03811661055b57604051637e27328960e01b81526004810184905260240161064a565b5f9081527f80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab007930460205260409020546001600160a01b031690565b61072283838360016118ea565b6001545f90600160a01b900460ff1680156113f657506001600160a01b03841615155b801561141357505f6114078461152b565b6001600160a01b031614155b801561143757506001600160a01b0384165f9081526004602052604090205460ff16155b1561146057604051632437a0ab60e01b81526001600160a01b038516600482015260240161064a565b610a4e8484846119fd565b6114758133611aff565b50565b5f5f516020612bf05f395f51905f52816114928585611b38565b90508015610a4e575f8581526020839052604090206114b19085611bd9565b50949350505050565b5f5f516020612bf05f395f51905f52816114d48585611bed565b90508015610a4e575f8581526020839052604090206114b19085611c66565b5f6114ff5f835f6113d3565b90506001600160a01b03811661062157604051637e27328960e01b81526004810183905260240161064a565b5f9081527f80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab007930260205260409020546001600160a01b031690565b5f6001600160801b03821115611597576040516306dfcc6560e41b8152608060048201526024810183905260440161064a565b5090565b5f610afe8383611c7a565b5f516020612c105f395f51905f526001600160a01b0383166115e657604051630b61174360e31b81526001600160a01b038416600482015260240161064a565b6001600160a01b038481165f818152600584016020908152604080832094881680845294825291829020805460ff191687151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a350505050565b60605f610afe83611ca0565b6001600160a01b0383163b1561178057604051630a85bd0160e11b81526001600160a01b0384169063150b7a02906116a3908890889087908790600401612a71565b6020604051808303815f875af19250505080156116dd575060408051601f3d908101601f191682019092526116da91810190612aad565b60015b611744573d80801561170a576040519150601f19603f3d011682016040523d82523d5f602084013e61170f565b606091505b5080515f0361173c57604051633250574960e11b81526001600160a01b038516600482015260240161064a565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b1461106457604051633250574960e11b81526001600160a01b038516600482015260240161064a565b5050505050565b60605f61179383611cf9565b60010190505f8167ffffffffffffffff8111156117b2576117b2612237565b6040519080825280601f01601f1916602001820160405280156117dc576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a85049450846117e6575b509392505050565b5f61055b825490565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a0061055b565b611851611dd0565b6106218282611df5565b611863611dd0565b565b6001600160a01b03821661188e57604051633250574960e11b81525f600482015260240161064a565b5f61189a83835f6113d3565b90506001600160a01b03811615610722576040516339e3563760e11b81525f600482015260240161064a565b5f6001600160e01b03198216637965db0b60e01b148061055b575061055b826112e3565b5f516020612c105f395f51905f52818061190c57506001600160a01b03831615155b156119cd575f61191b85611356565b90506001600160a01b038416158015906119475750836001600160a01b0316816001600160a01b031614155b801561195a57506119588185611185565b155b156119835760405163a9fbf51f60e01b81526001600160a01b038516600482015260240161064a565b82156119cb5784866001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b5f93845260040160205250506040902080546001600160a01b0319166001600160a01b0392909216919091179055565b5f5f516020612c105f395f51905f5281611a168561152b565b90506001600160a01b03841615611a3257611a32818587611e25565b6001600160a01b03811615611a6e57611a4d5f865f5f6118ea565b6001600160a01b0381165f908152600383016020526040902080545f190190555b6001600160a01b03861615611a9e576001600160a01b0386165f9081526003830160205260409020805460010190555b5f85815260028301602052604080822080546001600160a01b0319166001600160a01b038a811691821790925591518893918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a495945050505050565b611b098282610a56565b6106215760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161064a565b5f5f516020612c505f395f51905f52611b518484610a56565b611bd0575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055611b863390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4600191505061055b565b5f91505061055b565b5f610afe836001600160a01b038416611e89565b5f5f516020612c505f395f51905f52611c068484610a56565b15611bd0575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4600191505061055b565b5f610afe836001600160a01b038416611ed5565b5f825f018281548110611c8f57611c8f612ac8565b905f5260205f200154905092915050565b6060815f01805480602002602001604051908101604052809291908181526020018280548015611ced57602002820191905f5260205f20905b815481526020019060010190808311611cd9575b50505050509050919050565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b8310611d375772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef81000000008310611d63576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc100008310611d8157662386f26fc10000830492506010015b6305f5e1008310611d99576305f5e100830492506008015b6127108310611dad57612710830492506004015b60648310611dbf576064830492506002015b600a831061055b5760010192915050565b611dd8611faf565b61186357604051631afcd79f60e31b815260040160405180910390fd5b611dfd611dd0565b5f516020612c105f395f51905f5280611e168482612b20565b50600181016106ad8382612b20565b611e30838383611fc8565b610722576001600160a01b038316611e5e57604051637e27328960e01b81526004810182905260240161064a565b60405163177e802f60e01b81526001600160a01b03831660048201526024810182905260440161064a565b5f818152600183016020526040812054611ece57508154600181810184555f84815260208082209093018490558454848252828601909352604090209190915561055b565b505f61055b565b5f8181526001830160205260408120548015611bd0575f611ef7600183612522565b85549091505f90611f0a90600190612522565b9050808214611f69575f865f018281548110611f2857611f28612ac8565b905f5260205f200154905080875f018481548110611f4857611f48612ac8565b5f918252602080832090910192909255918252600188019052604090208390555b8554869080611f7a57611f7a612bdb565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f90556001935050505061055b565b5f611fb8611821565b54600160401b900460ff16919050565b5f6001600160a01b03831615801590610a4e5750826001600160a01b0316846001600160a01b0316148061200157506120018484611185565b80610a4e5750826001600160a01b031661201a8361138d565b6001600160a01b031614949350505050565b6001600160e01b031981168114611475575f5ffd5b5f60208284031215612051575f5ffd5b8135610afe8161202c565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610afe602083018461205c565b5f602082840312156120ac575f5ffd5b5035919050565b6001600160a01b0381168114611475575f5ffd5b80356120d2816120b3565b919050565b5f5f604083850312156120e8575f5ffd5b82356120f3816120b3565b946020939093013593505050565b5f5f5f60608486031215612113575f5ffd5b833561211e816120b3565b9250602084013561212e816120b3565b929592945050506040919091013590565b5f5f60408385031215612150575f5ffd5b823591506020830135612162816120b3565b809150509250929050565b8015158114611475575f5ffd5b80356120d28161216d565b5f5f60408385031215612196575f5ffd5b82356121a1816120b3565b915060208301356121628161216d565b5f602082840312156121c1575f5ffd5b8135610afe816120b3565b5f5f604083850312156121dd575f5ffd5b50508035926020909101359150565b602080825282518282018190525f918401906040840190835b8181101561222c5783516001600160a01b0316835260209384019390920191600101612205565b509095945050505050565b634e487b7160e01b5f52604160045260245ffd5b604051610140810167ffffffffffffffff8111828210171561226f5761226f612237565b60405290565b604051601f8201601f1916810167ffffffffffffffff8111828210171561229e5761229e612237565b604052919050565b5f5f5f5f608085870312156122b9575f5ffd5b84356122c4816120b3565b935060208501356122d4816120b3565b925060408501359150606085013567ffffffffffffffff8111156122f6575f5ffd5b8501601f81018713612306575f5ffd5b803567ffffffffffffffff81111561232057612320612237565b612333601f8201601f1916602001612275565b818152886020838501011115612347575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f610100820190506001600160801b0383511682526001600160801b03602084015116602083015260018060a01b03604084015116604083015260608301516123ba606084018264ffffffffff169052565b5060808301516123d3608084018264ffffffffff169052565b5060a08301516123e860a084018260ff169052565b5060c083015160c083015260e083015160e083015292915050565b5f60208284031215612413575f5ffd5b813567ffffffffffffffff811115612429575f5ffd5b820160e08185031215610afe575f5ffd5b5f5f82840361012081121561244d575f5ffd5b8335612458816120b3565b9250610100601f198201121561246c575f5ffd5b506020830190509250929050565b5f5f6040838503121561248b575f5ffd5b8235612496816120b3565b91506020830135612162816120b3565b5f602082840312156124b6575f5ffd5b8135610afe8161216d565b600181811c908216806124d557607f821691505b6020821081036124f357634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b5f8161251b5761251b6124f9565b505f190190565b8181038181111561055b5761055b6124f9565b5f81518060208401855e5f93019283525090919050565b5f610a4e61255a8386612535565b84612535565b5f5f8335601e19843603018112612575575f5ffd5b83018035915067ffffffffffffffff82111561258f575f5ffd5b6020019150368190038213156125a3575f5ffd5b9250929050565b5f5f8335601e198436030181126125bf575f5ffd5b830160208101925035905067ffffffffffffffff8111156125de575f5ffd5b8036038213156125a3575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b602081525f61262383846125aa565b60e06020850152612639610100850182846125ec565b91505061264960208501856125aa565b848303601f190160408601526126608382846125ec565b925050506040840135612672816120b3565b6001600160a01b0316606084810191909152840135612690816120b3565b6001600160a01b0381166080850152506126ac608085016120c7565b6001600160a01b03811660a0850152506126c860a085016120c7565b6001600160a01b03811660c0850152506126e460c0850161217a565b80151560e0850152611810565b6001600160801b0381168114611475575f5ffd5b5f60208284031215612715575f5ffd5b8135610afe816126f1565b5f60018201612731576127316124f9565b5060010190565b5f813561055b816120b3565b64ffffffffff81168114611475575f5ffd5b5f813561055b81612744565b60ff81168114611475575f5ffd5b5f813561055b81612762565b8135612787816126f1565b6001600160801b0381166001600160801b0319835416178255505f60208301356127b0816126f1565b82546001600160801b031660809190911b6001600160801b03191617825550600181016127ff6127e260408501612738565b82546001600160a01b0319166001600160a01b0391909116178255565b61283461280e60608501612756565b82805464ffffffffff60a01b191660a09290921b64ffffffffff60a01b16919091179055565b61286961284360808501612756565b82805464ffffffffff60c81b191660c89290921b64ffffffffff60c81b16919091179055565b61289661287860a08501612770565b82805460ff60f01b191660f09290921b60ff60f01b16919091179055565b5060c0820135600282015560e090910135600390910155565b80356120d281612744565b80356120d281612762565b610100810182356128d5816126f1565b6001600160801b0316825260208301356128ee816126f1565b6001600160801b03166020830152612908604084016120c7565b6001600160a01b03166040830152612922606084016128af565b64ffffffffff16606083015261293a608084016128af565b64ffffffffff16608083015261295260a084016128ba565b60ff1660a083015260c0838101359083015260e092830135929091019190915290565b805167ffffffffffffffff811681146120d2575f5ffd5b80516120d2816126f1565b805163ffffffff811681146120d2575f5ffd5b80516120d28161216d565b5f6101408284031280156129c7575f5ffd5b506129d061224b565b6129d983612975565b81526129e760208401612975565b60208201526129f86040840161298c565b6040820152612a096060840161298c565b6060820152612a1a60808401612997565b6080820152612a2b60a08401612997565b60a0820152612a3c60c084016129aa565b60c0820152612a4d60e084016129aa565b60e08201526101008381015190820152610120928301519281019290925250919050565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f90612aa39083018461205c565b9695505050505050565b5f60208284031215612abd575f5ffd5b8151610afe8161202c565b634e487b7160e01b5f52603260045260245ffd5b601f82111561072257805f5260205f20601f840160051c81016020851015612b015750805b601f840160051c820191505b81811015611780575f8155600101612b0d565b815167ffffffffffffffff811115612b3a57612b3a612237565b612b4e81612b4884546124c1565b84612adc565b6020601f821160018114612b80575f8315612b695750848201515b5f19600385901b1c1916600184901b178455611780565b5f84815260208120601f198516915b82811015612baf5787850151825560209485019460019092019101612b8f565b5084821015612bcc57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b634e487b7160e01b5f52603160045260245ffdfec1f6fe24621ce81ec5827caf0253cadb74709b061630e6b55e8237170593200080bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab0079300523a704056dcd17bcf83bed8b68c59416dac1119be77755efe3bde0a64e46e0c02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800";
