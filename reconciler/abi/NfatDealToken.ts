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
  }
] as const;

/** Creation bytecode. */
export const nfatDealTokenBytecode: `0x${string}` = "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b6128b9806100d65f395ff3fe608060405234801561000f575f5ffd5b506004361061021e575f3560e01c80639010d07c1161012a578063babcc539116100b4578063cbc390b311610079578063cbc390b3146104c9578063d547741f146104dc578063e805693d146104ef578063e985e9c514610502578063efeadb6d14610515575f5ffd5b8063babcc53914610445578063be040fb014610470578063c87b56dd14610483578063c959c42b14610496578063ca15c873146104b6575f5ffd5b8063a217fddf116100fa578063a217fddf146103ef578063a22cb465146103f6578063a2309ff814610409578063a3246ad314610412578063b88d4fde14610432575f5ffd5b80639010d07c146103ad57806391d14854146103c057806395d89b41146103d3578063983d2737146103db575f5ffd5b806336568abe116101ab5780634edd8b411161017b5780634edd8b411461034f5780634f558e79146103615780636352211e1461037457806370a08231146103875780637158fbb61461039a575f5ffd5b806336568abe1461030357806342842e0e1461031657806342966c68146103295780634697f05d1461033c575f5ffd5b806316078d04116101f157806316078d041461029f57806322bd5c1c146102b657806323b872dd146102ca578063248a9ca3146102dd5780632f2ff15d146102f0575f5ffd5b806301ffc9a71461022257806306fdde031461024a578063081812fc1461025f578063095ea7b31461028a575b5f5ffd5b610235610230366004611f0d565b610528565b60405190151581526020015b60405180910390f35b610252610547565b6040516102419190611f56565b61027261026d366004611f68565b6105e8565b6040516001600160a01b039091168152602001610241565b61029d610298366004611fa3565b6105fc565b005b6102a860035481565b604051908152602001610241565b60015461023590600160a01b900460ff1681565b61029d6102d8366004611fcd565b61060b565b6102a86102eb366004611f68565b610699565b61029d6102fe36600461200b565b6106b9565b61029d61031136600461200b565b6106d5565b61029d610324366004611fcd565b61070d565b61029d610337366004611f68565b610727565b61029d61034a366004612048565b6107e1565b5f54610272906001600160a01b031681565b61023561036f366004611f68565b61089b565b610272610382366004611f68565b6108b7565b6102a861039536600461207b565b6108c1565b6102a86103a8366004612096565b610919565b6102726103bb366004612096565b610a05565b6102356103ce36600461200b565b610a32565b610252610a68565b6102a85f5160206128795f395f51905f5281565b6102a85f81565b61029d610404366004612048565b610aa6565b6102a860025481565b610425610420366004611f68565b610ab1565b60405161024191906120b6565b61029d610440366004612115565b610ae1565b61023561045336600461207b565b6001600160a01b03165f9081526004602052604090205460ff1690565b600154610272906001600160a01b031681565b610252610491366004611f68565b610af9565b6104a96104a4366004611f68565b610b69565b60405161024191906121f6565b6102a86104c4366004611f68565b610c4d565b61029d6104d7366004612291565b610c71565b61029d6104ea36600461200b565b611010565b6102a86104fd3660046122c8565b61102c565b610235610510366004612308565b611129565b61029d610523366004612334565b611175565b5f610532826111e7565b80610541575061054182611236565b92915050565b5f5160206128595f395f51905f5280546060919081906105669061234d565b80601f01602080910402602001604051908101604052809291908181526020018280546105929061234d565b80156105dd5780601f106105b4576101008083540402835291602001916105dd565b820191905f5260205f20905b8154815290600101906020018083116105c057829003601f168201915b505050505091505090565b5f6105f28261125a565b5061054182611291565b6106078282336112ca565b5050565b6001600160a01b03821661063957604051633250574960e11b81525f60048201526024015b60405180910390fd5b5f6106458383336112d7565b9050836001600160a01b0316816001600160a01b031614610693576040516364283d7b60e01b81526001600160a01b0380861660048301526024820184905282166044820152606401610630565b50505050565b5f9081525f5160206128995f395f51905f52602052604090206001015490565b6106c282610699565b6106cb8161136f565b610693838361137c565b6001600160a01b03811633146106fe5760405163334bd91960e11b815260040160405180910390fd5b61070882826113be565b505050565b61070883838360405180602001604052805f815250610ae1565b6001546001600160a01b031633146107545760405163224e809960e11b8152336004820152602401610630565b5f61075e8261125a565b905060035f815461076e90612399565b909155505f8281526005602052604081208181556001810180546001600160f81b031916905560028101829055600301556107a8826113f7565b6040516001600160a01b0382169083907fde338d7f3497fba47686f8936786c013cb2a27c93f8b4fe4c80df7c26a755c93905f90a35050565b5f5160206128795f395f51905f526107f88161136f565b6001600160a01b03831661083957604051632c234bd960e01b81526020600482015260076024820152661858d8dbdd5b9d60ca1b6044820152606401610630565b6001600160a01b0383165f81815260046020908152604091829020805460ff191686151590811790915591519182523392917fdffc8f5de1aa3919dbd7ced603aaa78af49ee8c49a620efbbcfc8de76a073ec0910160405180910390a3505050565b5f806108a68361142f565b6001600160a01b0316141592915050565b5f6105418261125a565b5f5f5160206128595f395f51905f526001600160a01b0383166108f9576040516322718ad960e21b81525f6004820152602401610630565b6001600160a01b039092165f908152600390920160205250604090205490565b6001545f906001600160a01b031633146109485760405163224e809960e11b8152336004820152602401610630565b6109518361125a565b505f83815260056020526040902080546001600160801b03168084111561099c57604051632bfd233560e21b8152600481018690526024810185905260448101829052606401610630565b6109a684826123ae565b82546001600160801b0319166001600160801b038216178355604080518681526020810183905291945086917f8c86c49fe7c73c864ac5f84d6247c57d1b55e661699aa6bae1316e2145ba83bd910160405180910390a2505092915050565b5f8281525f5160206128395f395f51905f52602081905260408220610a2a9084611468565b949350505050565b5f9182525f5160206128995f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b7f80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab007930180546060915f5160206128595f395f51905f52916105669061234d565b610607338383611473565b5f8181525f5160206128395f395f51905f526020819052604090912060609190610ada90611522565b9392505050565b610aec84848461060b565b610693338585858561152e565b6060610b048261125a565b505f610b1a60408051602081019091525f815290565b90505f815111610b385760405180602001604052805f815250610ada565b80610b4284611654565b604051602001610b539291906123d8565b6040516020818303038152906040529392505050565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810191909152610bb28261125a565b50505f9081526005602090815260409182902082516101008101845281546001600160801b038082168352600160801b909104169281019290925260018101546001600160a01b03811693830193909352600160a01b830464ffffffffff9081166060840152600160c81b8404166080830152600160f01b90920460ff1660a0820152600282015460c082015260039091015460e082015290565b5f8181525f5160206128395f395f51905f52602081905260408220610ada906116e4565b5f610c7a6116ed565b805490915060ff600160401b820416159067ffffffffffffffff165f81158015610ca15750825b90505f8267ffffffffffffffff166001148015610cbd5750303b155b905081158015610ccb575080155b15610ce95760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315610d1357845460ff60401b1916600160401b1785555b5f610d24606088016040890161207b565b6001600160a01b031603610d6357604051632c234bd960e01b815260206004820152600560248201526430b236b4b760d91b6044820152606401610630565b5f610d7460a088016080890161207b565b6001600160a01b031603610db657604051632c234bd960e01b8152602060048201526008602482015267666163696c69747960c01b6044820152606401610630565b5f610dc760c0880160a0890161207b565b6001600160a01b031603610e0757604051632c234bd960e01b815260206004820152600660248201526572656465656d60d01b6044820152606401610630565b610e8e610e1487806123ec565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250610e559250505060208901896123ec565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061171592505050565b610e96611727565b610eaf5f610eaa6060890160408a0161207b565b61137c565b505f610ec1608088016060890161207b565b6001600160a01b031614610ef257610ef05f5160206128795f395f51905f52610eaa6080890160608a0161207b565b505b610f0260a087016080880161207b565b5f80546001600160a01b0319166001600160a01b0392909216919091179055610f3160c0870160a0880161207b565b600180546001600160a01b0319166001600160a01b0392909216919091179055610f6160e0870160c08801612334565b60018054911515600160a01b0260ff60a01b19909216919091179055337f2aec52f0d503fa2439f4bacf74ef2015ef5e3f162abf3a76c8760ddd5177ff2b610faf60e0890160c08a01612334565b604051901515815260200160405180910390a2831561100857845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b61101982610699565b6110228161136f565b61069383836113be565b5f80546001600160a01b03163314611059576040516301f6071960e31b8152336004820152602401610630565b611066602083018361244a565b6001600160801b03165f0361108e57604051639ccb791360e01b815260040160405180910390fd5b60025f815461109c90612465565b919050819055905060035f81546110b290612465565b909155505f81815260056020526040902082906110cf82826124c1565b9050506110dc8382611731565b8160c00135836001600160a01b0316827f3f2bfe098087d645faa4f0587d441910108230162a1c4ffdfc73f09e9ebf7ff58560405161111b919061260a565b60405180910390a492915050565b6001600160a01b039182165f9081527f80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab00793056020908152604080832093909416825291909152205460ff1690565b5f5160206128795f395f51905f5261118c8161136f565b60018054831515600160a01b0260ff60a01b1990911617905560405133907f2aec52f0d503fa2439f4bacf74ef2015ef5e3f162abf3a76c8760ddd5177ff2b906111db90851515815260200190565b60405180910390a25050565b5f6001600160e01b031982166380ac58cd60e01b148061121757506001600160e01b03198216635b5e139f60e01b145b8061054157506301ffc9a760e01b6001600160e01b0319831614610541565b5f6001600160e01b03198216635a05180f60e01b1480610541575061054182611792565b5f5f6112658361142f565b90506001600160a01b03811661054157604051637e27328960e01b815260048101849052602401610630565b5f9081527f80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab007930460205260409020546001600160a01b031690565b61070883838360016117b6565b6001545f90600160a01b900460ff1680156112fa57506001600160a01b03841615155b801561131757505f61130b8461142f565b6001600160a01b031614155b801561133b57506001600160a01b0384165f9081526004602052604090205460ff16155b1561136457604051632437a0ab60e01b81526001600160a01b0385166004820152602401610630565b610a2a8484846118c9565b61137981336119cb565b50565b5f5f5160206128395f395f51905f52816113968585611a04565b90508015610a2a575f8581526020839052604090206113b59085611aa5565b50949350505050565b5f5f5160206128395f395f51905f52816113d88585611ab9565b90508015610a2a575f8581526020839052604090206113b59085611b32565b5f6114035f835f6112d7565b90506001600160a01b03811661060757604051637e27328960e01b815260048101839052602401610630565b5f9081527f80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab007930260205260409020546001600160a01b031690565b5f610ada8383611b46565b5f5160206128595f395f51905f526001600160a01b0383166114b357604051630b61174360e31b81526001600160a01b0384166004820152602401610630565b6001600160a01b038481165f818152600584016020908152604080832094881680845294825291829020805460ff191687151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a350505050565b60605f610ada83611b6c565b6001600160a01b0383163b1561164d57604051630a85bd0160e11b81526001600160a01b0384169063150b7a02906115709088908890879087906004016126ba565b6020604051808303815f875af19250505080156115aa575060408051601f3d908101601f191682019092526115a7918101906126f6565b60015b611611573d8080156115d7576040519150601f19603f3d011682016040523d82523d5f602084013e6115dc565b606091505b5080515f0361160957604051633250574960e11b81526001600160a01b0385166004820152602401610630565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b1461100857604051633250574960e11b81526001600160a01b0385166004820152602401610630565b5050505050565b60605f61166083611bc5565b60010190505f8167ffffffffffffffff81111561167f5761167f612101565b6040519080825280601f01601f1916602001820160405280156116a9576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a85049450846116b357509392505050565b5f610541825490565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610541565b61171d611c9c565b6106078282611cc1565b61172f611c9c565b565b6001600160a01b03821661175a57604051633250574960e11b81525f6004820152602401610630565b5f61176683835f6112d7565b90506001600160a01b03811615610708576040516339e3563760e11b81525f6004820152602401610630565b5f6001600160e01b03198216637965db0b60e01b14806105415750610541826111e7565b5f5160206128595f395f51905f5281806117d857506001600160a01b03831615155b15611899575f6117e78561125a565b90506001600160a01b038416158015906118135750836001600160a01b0316816001600160a01b031614155b801561182657506118248185611129565b155b1561184f5760405163a9fbf51f60e01b81526001600160a01b0385166004820152602401610630565b82156118975784866001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b5f93845260040160205250506040902080546001600160a01b0319166001600160a01b0392909216919091179055565b5f5f5160206128595f395f51905f52816118e28561142f565b90506001600160a01b038416156118fe576118fe818587611cf1565b6001600160a01b0381161561193a576119195f865f5f6117b6565b6001600160a01b0381165f908152600383016020526040902080545f190190555b6001600160a01b0386161561196a576001600160a01b0386165f9081526003830160205260409020805460010190555b5f85815260028301602052604080822080546001600160a01b0319166001600160a01b038a811691821790925591518893918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a495945050505050565b6119d58282610a32565b6106075760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610630565b5f5f5160206128995f395f51905f52611a1d8484610a32565b611a9c575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055611a523390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610541565b5f915050610541565b5f610ada836001600160a01b038416611d55565b5f5f5160206128995f395f51905f52611ad28484610a32565b15611a9c575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a46001915050610541565b5f610ada836001600160a01b038416611da1565b5f825f018281548110611b5b57611b5b612711565b905f5260205f200154905092915050565b6060815f01805480602002602001604051908101604052809291908181526020018280548015611bb957602002820191905f5260205f20905b815481526020019060010190808311611ba5575b50505050509050919050565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b8310611c035772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef81000000008310611c2f576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc100008310611c4d57662386f26fc10000830492506010015b6305f5e1008310611c65576305f5e100830492506008015b6127108310611c7957612710830492506004015b60648310611c8b576064830492506002015b600a83106105415760010192915050565b611ca4611e7b565b61172f57604051631afcd79f60e31b815260040160405180910390fd5b611cc9611c9c565b5f5160206128595f395f51905f5280611ce28482612769565b50600181016106938382612769565b611cfc838383611e94565b610708576001600160a01b038316611d2a57604051637e27328960e01b815260048101829052602401610630565b60405163177e802f60e01b81526001600160a01b038316600482015260248101829052604401610630565b5f818152600183016020526040812054611d9a57508154600181810184555f848152602080822090930184905584548482528286019093526040902091909155610541565b505f610541565b5f8181526001830160205260408120548015611a9c575f611dc36001836123ae565b85549091505f90611dd6906001906123ae565b9050808214611e35575f865f018281548110611df457611df4612711565b905f5260205f200154905080875f018481548110611e1457611e14612711565b5f918252602080832090910192909255918252600188019052604090208390555b8554869080611e4657611e46612824565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f905560019350505050610541565b5f611e846116ed565b54600160401b900460ff16919050565b5f6001600160a01b03831615801590610a2a5750826001600160a01b0316846001600160a01b03161480611ecd5750611ecd8484611129565b80610a2a5750826001600160a01b0316611ee683611291565b6001600160a01b031614949350505050565b6001600160e01b031981168114611379575f5ffd5b5f60208284031215611f1d575f5ffd5b8135610ada81611ef8565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610ada6020830184611f28565b5f60208284031215611f78575f5ffd5b5035919050565b6001600160a01b0381168114611379575f5ffd5b8035611f9e81611f7f565b919050565b5f5f60408385031215611fb4575f5ffd5b8235611fbf81611f7f565b946020939093013593505050565b5f5f5f60608486031215611fdf575f5ffd5b8335611fea81611f7f565b92506020840135611ffa81611f7f565b929592945050506040919091013590565b5f5f6040838503121561201c575f5ffd5b82359150602083013561202e81611f7f565b809150509250929050565b80358015158114611f9e575f5ffd5b5f5f60408385031215612059575f5ffd5b823561206481611f7f565b915061207260208401612039565b90509250929050565b5f6020828403121561208b575f5ffd5b8135610ada81611f7f565b5f5f604083850312156120a7575f5ffd5b50508035926020909101359150565b602080825282518282018190525f918401906040840190835b818110156120f65783516001600160a01b03168352602093840193909201916001016120cf565b509095945050505050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f60808587031215612128575f5ffd5b843561213381611f7f565b9350602085013561214381611f7f565b925060408501359150606085013567ffffffffffffffff811115612165575f5ffd5b8501601f81018713612175575f5ffd5b803567ffffffffffffffff81111561218f5761218f612101565b604051601f8201601f19908116603f0116810167ffffffffffffffff811182821017156121be576121be612101565b6040528181528282016020018910156121d5575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f610100820190506001600160801b0383511682526001600160801b03602084015116602083015260018060a01b0360408401511660408301526060830151612248606084018264ffffffffff169052565b506080830151612261608084018264ffffffffff169052565b5060a083015161227660a084018260ff169052565b5060c083015160c083015260e083015160e083015292915050565b5f602082840312156122a1575f5ffd5b813567ffffffffffffffff8111156122b7575f5ffd5b820160e08185031215610ada575f5ffd5b5f5f8284036101208112156122db575f5ffd5b83356122e681611f7f565b9250610100601f19820112156122fa575f5ffd5b506020830190509250929050565b5f5f60408385031215612319575f5ffd5b823561232481611f7f565b9150602083013561202e81611f7f565b5f60208284031215612344575f5ffd5b610ada82612039565b600181811c9082168061236157607f821691505b60208210810361237f57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b5f816123a7576123a7612385565b505f190190565b8181038181111561054157610541612385565b5f81518060208401855e5f93019283525090919050565b5f610a2a6123e683866123c1565b846123c1565b5f5f8335601e19843603018112612401575f5ffd5b83018035915067ffffffffffffffff82111561241b575f5ffd5b60200191503681900382131561242f575f5ffd5b9250929050565b6001600160801b0381168114611379575f5ffd5b5f6020828403121561245a575f5ffd5b8135610ada81612436565b5f6001820161247657612476612385565b5060010190565b5f813561054181611f7f565b64ffffffffff81168114611379575f5ffd5b5f813561054181612489565b60ff81168114611379575f5ffd5b5f8135610541816124a7565b81356124cc81612436565b6001600160801b0381166001600160801b0319835416178255505f60208301356124f581612436565b82546001600160801b031660809190911b6001600160801b03191617825550600181016125446125276040850161247d565b82546001600160a01b0319166001600160a01b0391909116178255565b6125796125536060850161249b565b82805464ffffffffff60a01b191660a09290921b64ffffffffff60a01b16919091179055565b6125ae6125886080850161249b565b82805464ffffffffff60c81b191660c89290921b64ffffffffff60c81b16919091179055565b6125db6125bd60a085016124b5565b82805460ff60f01b191660f09290921b60ff60f01b16919091179055565b5060c0820135600282015560e090910135600390910155565b8035611f9e81612489565b8035611f9e816124a7565b6101008101823561261a81612436565b6001600160801b03168252602083013561263381612436565b6001600160801b0316602083015261264d60408401611f93565b6001600160a01b03166040830152612667606084016125f4565b64ffffffffff16606083015261267f608084016125f4565b64ffffffffff16608083015261269760a084016125ff565b60ff1660a083015260c0838101359083015260e092830135929091019190915290565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f906126ec90830184611f28565b9695505050505050565b5f60208284031215612706575f5ffd5b8151610ada81611ef8565b634e487b7160e01b5f52603260045260245ffd5b601f82111561070857805f5260205f20601f840160051c8101602085101561274a5750805b601f840160051c820191505b8181101561164d575f8155600101612756565b815167ffffffffffffffff81111561278357612783612101565b61279781612791845461234d565b84612725565b6020601f8211600181146127c9575f83156127b25750848201515b5f19600385901b1c1916600184901b17845561164d565b5f84815260208120601f198516915b828110156127f857878501518255602094850194600190920191016127d8565b508482101561281557868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b634e487b7160e01b5f52603160045260245ffdfec1f6fe24621ce81ec5827caf0253cadb74709b061630e6b55e8237170593200080bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab0079300523a704056dcd17bcf83bed8b68c59416dac1119be77755efe3bde0a64e46e0c02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800";
